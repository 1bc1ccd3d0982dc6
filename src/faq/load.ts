import type { z } from 'zod';
import { fail, ok, type Result } from '../lib/result.js';
import { assembleFaq } from './assemble.js';
import { FAQ_FILES } from './files.js';
import { parseAsked } from './asked-file.js';
import { splitFrontMatter } from './front-matter.js';
import type { Entry, Faq, Problem } from './model.js';
import { readPackFiles, type PackFiles } from './pack-files.js';
import {
	entryFrontMatterSchema,
	expertsFileSchema,
	packSchema,
	sourcesFileSchema,
	synonymsFileSchema,
	tipsFileSchema,
	triageFileSchema,
} from './schema.js';
import { parseYaml, type YamlMemo } from './yaml-file.js';

/** Reads and parses a content pack folder (see `parsePack`). */
export async function loadFaq(dir: string): Promise<Result<Faq, Problem>> {
	const files = await readPackFiles(dir);
	return files.ok ? parsePack(files.value) : files;
}

/**
 * The pack in these files, validated and with every reference resolved. Every problem in every file
 * is collected before giving up, so a moderator fixes a broken edit in one pass instead of one error
 * at a time. A memo of these very files' YAML saves reading it again (see `YamlMemo`).
 */
export function parsePack(files: PackFiles, memo?: YamlMemo): Result<Faq, Problem> {
	const problems: Problem[] = [];
	const collect = <T>(result: Result<T, Problem>): T | undefined => {
		if (result.ok) return result.value;
		problems.push(...result.errors);
		return undefined;
	};

	const readYaml = <S extends z.ZodType>(file: string, schema: S, optional = false) => {
		const text = files.get(file);
		if (text === undefined) return optional ? undefined : collect(missing(file));
		return collect(parseYaml(text, schema, { file }, memo));
	};

	const pack = readYaml(FAQ_FILES.pack, packSchema);
	const experts = readYaml(FAQ_FILES.experts, expertsFileSchema);
	const sources = readYaml(FAQ_FILES.sources, sourcesFileSchema);
	const tips = readYaml(FAQ_FILES.tips, tipsFileSchema);
	const synonyms = readYaml(FAQ_FILES.synonyms, synonymsFileSchema, true);
	const askedText = files.get(FAQ_FILES.asked);
	const asked = askedText === undefined ? [] : collect(parseAsked(askedText, FAQ_FILES.asked));
	const triage = readYaml(FAQ_FILES.triage, triageFileSchema);
	const disclaimer = files.get(FAQ_FILES.disclaimer)?.trim();
	if (disclaimer === undefined) collect(missing(FAQ_FILES.disclaimer));
	else if (disclaimer === '') problems.push({ file: FAQ_FILES.disclaimer, message: 'the disclaimer is empty' });
	const before = problems.length;
	const entries = parseEntries(files, problems, memo);
	const unloadedEntryIds = idsOfBrokenFiles(problems.slice(before));

	// Cross-file checks run on whatever did load, so one broken file does not hide the rest.
	const assembled = assembleFaq({
		pack,
		entries,
		unloadedEntryIds,
		experts: experts?.experts,
		sources: sources?.sources,
		tips: tips?.tips,
		disclaimer: disclaimer || undefined,
		synonyms: synonyms?.synonyms ?? [],
		asked: asked ?? [],
		triage,
	});
	if (problems.length === 0) return assembled;
	return fail([...problems, ...(assembled.ok ? [] : assembled.errors)]);
}

/** One entry file: YAML front matter, then the answer. */
export function parseEntryFile(file: string, source: string, memo?: YamlMemo): Result<Entry, Problem> {
	const split = splitFrontMatter(source);
	if (!split.ok) return fail([{ file, line: split.line, message: split.message }]);
	const front = parseYaml(split.yaml, entryFrontMatterSchema, { file, lineOffset: 1 }, memo);
	if (!front.ok) return front;
	if (split.body === '') {
		return fail([{ file, line: split.bodyLine, entry: front.value.id, field: 'answer', message: 'the answer (the text below the front matter) is empty' }]);
	}
	return ok({ ...front.value, answer: split.body, file });
}

function parseEntries(files: PackFiles, problems: Problem[], memo: YamlMemo | undefined): Entry[] {
	const names = [...files.keys()].filter((file) => file.startsWith(`${FAQ_FILES.entries}/`)).sort();
	if (names.length === 0) {
		problems.push({ file: `${FAQ_FILES.entries}/`, message: 'there are no entries: the folder is missing or holds no *.md files' });
	}
	const entries: Entry[] = [];
	for (const file of names) {
		const entry = parseEntryFile(file, files.get(file) ?? '', memo);
		if (entry.ok) entries.push(entry.value);
		else problems.push(...entry.errors);
	}
	return entries;
}

/** The ids of the entry files these problems are about, or undefined if a file's id is unknown. */
function idsOfBrokenFiles(problems: readonly Problem[]): Set<string> | undefined {
	const idByFile = new Map<string, string | undefined>();
	for (const { file, entry, field } of problems) {
		// An id that is itself the problem is no id to resolve references against.
		const id = field === 'id' ? undefined : entry;
		idByFile.set(file, idByFile.has(file) ? idByFile.get(file) && id : id);
	}
	const ids = [...idByFile.values()];
	return ids.every((id) => id !== undefined) ? new Set(ids) : undefined;
}

function missing(file: string): Result<never, Problem> {
	return fail([{ file, message: 'the file is missing or cannot be read' }]);
}
