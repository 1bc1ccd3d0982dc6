import { serializeEntry } from '../faq/entry-file.js';
import { FAQ_FILES } from '../faq/files.js';
import { parseEntryFile, parsePack } from '../faq/load.js';
import type { Entry, Problem } from '../faq/model.js';
import type { CheckedPack, PackChecker } from '../serving/pack-check.js';
import { entryFile, NODE_FS, readPackFiles, readText, type PackFiles, type PackFs } from '../faq/pack-files.js';
import { slug } from '../faq/schema.js';
import { topicsOf } from '../faq/topics.js';
import { changedMeanwhile, NO_FILE, versionOf, writeIfUnchanged } from '../faq/write-file.js';
import { fail, ok, type Result } from '../lib/result.js';
import { serially } from '../lib/serial.js';
import { applyForm, formOf, newEntry, withAlternate, type EntryForm, type NewEntryForm } from './entry-form.js';

export interface EditorDeps {
	/** The pack folder; its files stay the one source of truth. */
	readonly dir: string;
	/** The check a reload runs (`LiveEngine.check`), so an edit is refused exactly when a reload would be. */
	readonly check: PackChecker;
	readonly fs?: PackFs;
}

/** An entry as the edit form opens it, with the version of its file to hand back on submit. */
export interface OpenedEntry {
	readonly entry: Entry;
	readonly form: EntryForm;
	readonly version: string;
}

/** A change that passed the check and was written. */
export interface Applied {
	readonly id: string;
	readonly file: string;
	/** The file's text before (undefined for a new entry) and after, for the edit history. */
	readonly before: string | undefined;
	readonly text: string;
	readonly version: string;
	/** The checked pack to serve (`LiveEngine.serve`). */
	readonly pack: CheckedPack;
}

export type EditResult = Result<Applied, Problem>;

export interface Editor {
	open(id: string): Promise<Result<OpenedEntry, Problem>>;
	/** The entry with the form's question, answer and alternates; `version` is the one `open` gave. */
	edit(id: string, version: string, form: EntryForm): Promise<EditResult>;
	/** A new entry from the form, its id made from the question. */
	create(form: NewEntryForm): Promise<EditResult>;
	/** A member's question added as an alternate, so the entry answers it from now on. */
	addAlternate(id: string, question: string): Promise<EditResult>;
	/** An entry file's earlier text restored as it was; `version` is that of the file it replaces. */
	revert(id: string, version: string, text: string): Promise<EditResult>;
	/** The version of the entry's file as it is now (`NO_FILE` when there is none), readable or not: what a revert replaces. */
	version(id: string): Promise<string>;
}

/** The file to write: which entry, the version of the file it replaces, and its new text. */
interface Plan {
	readonly id: string;
	readonly version: string;
	readonly text: string;
}

/**
 * Moderators' edits, written to the pack's files only if the whole pack, with the change applied in
 * memory, passes the one pack check. An invalid edit writes nothing and returns the problems; an edit
 * of a file someone saved after it was opened is refused as "changed meanwhile". Edits run one at a
 * time, so two moderators cannot interleave.
 */
export function createEditor({ dir, check, fs = NODE_FS }: EditorDeps): Editor {
	const oneAtATime = serially();
	const apply = (plan: (files: PackFiles) => Result<Plan, Problem>) =>
		oneAtATime(async (): Promise<EditResult> => {
			const files = await readPackFiles(dir, fs);
			if (!files.ok) return files;
			const planned = plan(files.value);
			if (!planned.ok) return planned;
			const { id, version, text } = planned.value;
			const file = entryFile(id);
			const before = files.value.get(file);
			if (versionOf(before) !== version) return fail([changedMeanwhile(file)]);
			const verdict = check(new Map(files.value).set(file, text));
			if (!verdict.ok) return fail(verdict.errors.map((problem) => (problem.file === file ? withoutLine(problem) : problem)));
			const written = await writeIfUnchanged(fs, dir, file, text, version);
			if (!written.ok) return written;
			return ok({ id, file, before, text, version: written.value, pack: verdict.value });
		});

	/** The entry with this id as its file says it, and that file's version; a stale version is refused first. */
	const current = (files: PackFiles, id: string, version?: string): Result<{ entry: Entry; version: string }, Problem> => {
		const file = fileOf(id);
		if (!file.ok) return file;
		const text = files.get(file.value);
		if (version !== undefined && versionOf(text) !== version) return fail([changedMeanwhile(file.value)]);
		if (text === undefined) return fail(noEntry(id));
		const entry = parseEntryFile(file.value, text);
		return entry.ok ? ok({ entry: entry.value, version: versionOf(text) }) : entry;
	};

	return {
		async open(id) {
			const files = await readPackFiles(dir, fs);
			if (!files.ok) return files;
			const found = current(files.value, id);
			return found.ok ? ok({ ...found.value, form: formOf(found.value.entry) }) : found;
		},
		edit: (id, version, form) =>
			apply((files) => {
				const found = current(files, id, version);
				return found.ok ? ok({ id, version, text: serializeEntry(applyForm(found.value.entry, form)) }) : found;
			}),
		create: (form) =>
			apply((files) => {
				const pack = parsePack(files);
				if (!pack.ok) return pack;
				// A pack that parses has every entry in the file named for its id, so these are the names taken.
				const entry = newEntry(pack.value, new Set(pack.value.byId.keys()), form);
				const topics = topicsOf(pack.value).map(({ name }) => name);
				if (!topics.includes(entry.topic)) {
					return fail([{ file: entry.file, entry: entry.id, field: 'topic', message: `unknown topic "${entry.topic}"; choose one of: ${topics.join(', ')}` }]);
				}
				return ok({ id: entry.id, version: NO_FILE, text: serializeEntry(entry) });
			}),
		addAlternate: (id, question) =>
			apply((files) => {
				const found = current(files, id);
				return found.ok ? ok({ id, version: found.value.version, text: serializeEntry(withAlternate(found.value.entry, question)) }) : found;
			}),
		revert: (id, version, text) =>
			apply(() => {
				const file = fileOf(id);
				return file.ok ? ok({ id, version, text }) : file;
			}),
		async version(id) {
			const file = fileOf(id);
			return file.ok ? versionOf(await readText(fs, dir, file.value)) : NO_FILE;
		},
	};
}

/** The entry file for an id; anything but a slug (a path, "..") names no entry. */
function fileOf(id: string): Result<string, Problem> {
	return slug.safeParse(id).success ? ok(entryFile(id)) : fail(noEntry(id));
}

function noEntry(id: string): Problem[] {
	return [{ file: `${FAQ_FILES.entries}/`, entry: id, message: `there is no entry "${id}"` }];
}

/** A line would point into text that was never written. */
function withoutLine({ line: _line, ...problem }: Problem): Problem {
	return problem;
}
