import { fail, ok, type Result } from '../lib/result.js';
import { FAQ_FILES } from './files.js';
import type { Entry, Expert, Faq, Pack, Problem, Source, Tip, Triage } from './model.js';
import type { AskedSection } from './asked-file.js';
import { entryFile } from './pack-files.js';

/** The separately validated files; a part whose file did not load is missing, and its checks are skipped. */
interface Parts {
	readonly pack: Pack | undefined;
	readonly entries: readonly Entry[];
	/**
	 * Ids of entry files that did not load, which other entries may still name; undefined when one
	 * of them has no readable id, so references to entries cannot be judged at all.
	 */
	readonly unloadedEntryIds: ReadonlySet<string> | undefined;
	readonly experts: readonly Expert[] | undefined;
	readonly sources: readonly Source[] | undefined;
	readonly tips: readonly Tip[] | undefined;
	readonly disclaimer: string | undefined;
	readonly synonyms: readonly (readonly string[])[];
	/** The sections of asked.txt; a pack need not have one. */
	readonly asked?: readonly AskedSection[];
	readonly triage: Triage | undefined;
}

/** Joins separately valid files into one pack, checking everything that spans files. */
export function assembleFaq(parts: Parts): Result<Faq, Problem> {
	const problems: Problem[] = [];
	const experts = parts.experts && indexById(parts.experts, FAQ_FILES.experts, 'expert', problems);
	const sources = parts.sources && indexById(parts.sources, FAQ_FILES.sources, 'source', problems);
	const byId = new Map<string, Entry>();
	// The file named after the id owns it; any other file with that id is the duplicate.
	const owners = [...parts.entries].sort((a, b) => Number(!isNamedFor(a)) - Number(!isNamedFor(b)));
	for (const entry of owners) {
		const owner = byId.get(entry.id);
		if (owner) {
			problems.push({ file: entry.file, entry: entry.id, field: 'id', message: `duplicate id: ${owner.file} already uses it` });
		} else {
			byId.set(entry.id, entry);
			if (!isNamedFor(entry)) {
				problems.push({ file: entry.file, line: 2, entry: entry.id, field: 'id', message: `the file name must be the id: rename it to "${entry.id}.md"` });
			}
		}
	}
	const unloaded = parts.unloadedEntryIds;
	const knownEntries = unloaded && new Set([...byId.keys(), ...unloaded]);
	if (parts.tips) indexById(parts.tips, FAQ_FILES.tips, 'tip', problems);
	if (parts.triage) indexBy(parts.triage.rules, 'kind', FAQ_FILES.triage, 'triage rule', problems);

	if (parts.pack && sources && !sources.has(parts.pack.article)) {
		problems.push({ file: FAQ_FILES.pack, field: 'article', message: `unknown source "${parts.pack.article}"; it must be an id in ${FAQ_FILES.sources}` });
	}

	const checkRefs = (ids: readonly string[], known: { has(id: string): boolean } | undefined, kind: string, where: Omit<Problem, 'message' | 'field'>, field: string) => {
		ids.forEach((id, index) => {
			if (known && !known.has(id)) problems.push({ ...where, field: `${field}[${index}]`, message: `unknown ${kind} "${id}"` });
		});
	};

	/** An entry's links to other entries: each to one that exists, none to itself. */
	const checkLinks = (entry: Entry, field: 'related' | 'overlaps', kind: string, itself: string) => {
		const where = { file: entry.file, entry: entry.id };
		checkRefs(entry[field], knownEntries, kind, where, field);
		if (entry[field].includes(entry.id)) problems.push({ ...where, field, message: `an entry cannot ${itself} itself` });
	};

	const phrasingOwner = new Map<string, string>();
	for (const entry of parts.entries) {
		const where = { file: entry.file, entry: entry.id };
		checkRefs(entry.experts, experts, `expert (see ${FAQ_FILES.experts})`, where, 'experts');
		checkRefs(entry.sources, sources, `source (see ${FAQ_FILES.sources})`, where, 'sources');
		checkLinks(entry, 'related', 'related entry id', 'be related to');
		checkLinks(entry, 'overlaps', 'overlapping entry id', 'overlap');
		entry.overlaps.forEach((id, index) => {
			// The reply offers the entries in `related`, and either entry of a pair may be the answer:
			// each must list the other there, or the one not answered would never be offered.
			const reported = id === entry.id || knownEntries?.has(id) === false;
			if (reported) return;
			if (!entry.related.includes(id)) {
				problems.push({ ...where, field: `overlaps[${index}]`, message: `"${id}" must also be listed in related, so the reply offers it beside this answer` });
			}
			const other = byId.get(id);
			if (other && !other.related.includes(entry.id)) {
				problems.push({ ...where, field: `overlaps[${index}]`, message: `entry "${id}" must list "${entry.id}" in its related, so the reply offers this entry when that one is the answer` });
			}
		});

		[entry.question, ...entry.alternates].forEach((phrasing, index) => {
			const key = phrasing.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
			const owner = phrasingOwner.get(key);
			const field = index === 0 ? 'question' : `alternates[${index - 1}]`;
			if (owner !== undefined && owner !== entry.id) {
				problems.push({ ...where, field, message: `"${phrasing}" is also a question or alternate of entry "${owner}"; each phrasing must lead to one entry` });
			} else if (owner === entry.id) {
				problems.push({ ...where, field, message: `"${phrasing}" is listed twice in this entry` });
			}
			phrasingOwner.set(key, entry.id);
		});
	}

	for (const tip of parts.tips ?? []) {
		const where = { file: FAQ_FILES.tips, entry: tip.id };
		if (knownEntries && !knownEntries.has(tip.entry)) problems.push({ ...where, field: 'entry', message: `unknown entry id "${tip.entry}"` });
		checkRefs(tip.experts, experts, 'expert', where, 'experts');
		checkRefs(tip.sources, sources, 'source', where, 'sources');
	}

	for (const { id, line } of parts.asked ?? []) {
		if (knownEntries && !knownEntries.has(id)) problems.push({ file: FAQ_FILES.asked, line, entry: id, message: `unknown entry id "${id}": list questions under the id of the entry that answers them` });
	}

	const { pack, tips, disclaimer, triage } = parts;
	if (problems.length > 0 || unloaded?.size !== 0 || !pack || !experts || !sources || !tips || !disclaimer || !triage) return fail(problems);
	return ok({ pack, entries: parts.entries, tips, disclaimer, synonyms: parts.synonyms, asked: new Map((parts.asked ?? []).map(({ id, questions }) => [id, questions])), triage, byId, experts, sources });
}

function isNamedFor(entry: Entry): boolean {
	return entry.file === entryFile(entry.id);
}

function indexById<T extends { id: string }>(items: readonly T[], file: string, kind: string, problems: Problem[]): Map<string, T> {
	return indexBy(items, 'id', file, kind, problems);
}

function indexBy<K extends string, T extends Record<K, string>>(items: readonly T[], key: K, file: string, kind: string, problems: Problem[]): Map<string, T> {
	const map = new Map<string, T>();
	for (const item of items) {
		if (map.has(item[key])) problems.push({ file, entry: item[key], field: key, message: `duplicate ${kind} ${key} "${item[key]}"` });
		map.set(item[key], item);
	}
	return map;
}
