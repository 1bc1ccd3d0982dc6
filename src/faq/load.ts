import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { fail, type Result } from '../lib/result.js';
import { splitFrontMatter } from './front-matter.js';
import type { Entry, Faq, Problem } from './model.js';
import {
	entryFrontMatterSchema,
	expertsFileSchema,
	packSchema,
	sourcesFileSchema,
	synonymsFileSchema,
	tipsFileSchema,
	triageFileSchema,
} from './schema.js';
import { assembleFaq } from './assemble.js';
import { FAQ_FILES } from './files.js';
import { parseYaml } from './yaml-file.js';

/**
 * Reads a content pack. Every problem in every file is collected before giving up, so a moderator
 * fixes a broken edit in one pass instead of one error at a time.
 */
export async function loadFaq(dir: string): Promise<Result<Faq, Problem>> {
	const problems: Problem[] = [];
	const collect = <T>(result: Result<T, Problem>): T | undefined => {
		if (result.ok) return result.value;
		problems.push(...result.errors);
		return undefined;
	};

	const readYaml = async <S extends z.ZodType>(file: string, schema: S, optional = false) => {
		const text = await readText(dir, file);
		if (text === undefined) return optional ? undefined : collect(missing(file));
		return collect(parseYaml(text, schema, { file }));
	};

	const pack = await readYaml(FAQ_FILES.pack, packSchema);
	const experts = await readYaml(FAQ_FILES.experts, expertsFileSchema);
	const sources = await readYaml(FAQ_FILES.sources, sourcesFileSchema);
	const tips = await readYaml(FAQ_FILES.tips, tipsFileSchema);
	const synonyms = await readYaml(FAQ_FILES.synonyms, synonymsFileSchema, true);
	const triage = await readYaml(FAQ_FILES.triage, triageFileSchema);
	const disclaimer = (await readText(dir, FAQ_FILES.disclaimer))?.trim();
	if (disclaimer === undefined) collect(missing(FAQ_FILES.disclaimer));
	else if (disclaimer === '') problems.push({ file: FAQ_FILES.disclaimer, message: 'the disclaimer is empty' });
	const before = problems.length;
	const entries = await loadEntries(dir, problems);
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
		triage,
	});
	if (problems.length === 0) return assembled;
	return fail([...problems, ...(assembled.ok ? [] : assembled.errors)]);
}

async function loadEntries(dir: string, problems: Problem[]): Promise<Entry[]> {
	let names: string[];
	try {
		names = (await readdir(path.join(dir, FAQ_FILES.entries))).filter((name) => name.endsWith('.md')).sort();
	} catch {
		problems.push({ file: `${FAQ_FILES.entries}/`, message: 'the entries folder is missing or cannot be read' });
		return [];
	}
	if (names.length === 0) problems.push({ file: `${FAQ_FILES.entries}/`, message: 'there are no entries (*.md files)' });

	const entries: Entry[] = [];
	for (const name of names) {
		const file = `${FAQ_FILES.entries}/${name}`;
		const source = (await readText(dir, file)) ?? '';
		const split = splitFrontMatter(source);
		if (!split.ok) {
			problems.push({ file, line: split.line, message: split.message });
			continue;
		}
		const front = parseYaml(split.yaml, entryFrontMatterSchema, { file, lineOffset: 1 });
		if (!front.ok) {
			problems.push(...front.errors);
			continue;
		}
		if (split.body === '') {
			problems.push({ file, line: split.bodyLine, entry: front.value.id, field: 'answer', message: 'the answer (the text below the front matter) is empty' });
			continue;
		}
		entries.push({ ...front.value, answer: split.body, file });
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

async function readText(dir: string, file: string): Promise<string | undefined> {
	try {
		return await readFile(path.join(dir, file), 'utf8');
	} catch {
		return undefined;
	}
}

function missing(file: string): Result<never, Problem> {
	return fail([{ file, message: 'the file is missing or cannot be read' }]);
}
