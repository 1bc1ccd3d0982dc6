import { createHash } from 'node:crypto';
import { z } from 'zod';
import { parsePack } from '../faq/load.js';
import type { Faq } from '../faq/model.js';
import type { PackFiles } from '../faq/pack-files.js';
import type { MatcherOverrides } from '../faq/schema.js';
import type { YamlMemo } from '../faq/yaml-file.js';
import { digest } from '../lib/digest.js';
import type { FileCache } from '../lib/file-cache.js';

/**
 * Packs known to have passed every check of `checkPack`. The behaviour check (every question and
 * alternate reaching its own entry) asks the engine every phrasing of the pack, a third of the
 * chat's start-up on the shipped FAQ: a restart on the same files, settings and program skips it
 * and the others, and reads the pack's YAML from the note instead of parsing it again.
 */
export interface PassedPacks {
	/** Where the last pack that passed is noted. */
	readonly store: FileCache;
	/**
	 * What identifies the program that ran the check, new with every build: a pack that passed under
	 * one matcher may fail under another. Without one (running from source) nothing is remembered.
	 */
	readonly build: string;
}

/** What the check's outcome depends on, besides the program: the files and the matcher's settings. */
export interface CheckedInput {
	readonly files: PackFiles;
	readonly maxQuestionLength: number;
	readonly matcher?: MatcherOverrides;
}

const noteSchema = z.strictObject({ yaml: z.record(z.string(), z.strictObject({ source: z.string(), data: z.unknown() })) });

/**
 * What these very files' YAML read as when they passed, or undefined if they have not passed. A
 * note is its JSON after the JSON's own digest, so a damaged one is not believed but checked again.
 */
export function passedBefore(passed: PassedPacks, input: CheckedInput): YamlMemo | undefined {
	const noted = passed.store.read(keyOf(passed.build, input));
	if (noted === undefined) return undefined;
	const text = Buffer.from(noted).toString('utf8');
	const newline = text.indexOf('\n');
	const json = text.slice(newline + 1);
	if (newline === -1 || text.slice(0, newline) !== digest(json)) return undefined;
	try {
		const note = noteSchema.safeParse(JSON.parse(json));
		return note.success ? new Map(Object.entries(note.data.yaml)) : undefined;
	} catch {
		return undefined;
	}
}

/**
 * The pack in these files, read with the note of their last pass: undefined when there is none or
 * it does not read as the pack (a bug, a hand edit), which is then not believed. A file read afresh,
 * its noted data no longer passing its schema, is noted as it reads now.
 */
export function notedPack(passed: PassedPacks, input: CheckedInput): Faq | undefined {
	const noted = passedBefore(passed, input);
	if (!noted) return undefined;
	const read = new Map(noted);
	const pack = parsePack(input.files, read);
	if (!pack.ok) return undefined;
	if ([...read].some(([file, entry]) => noted.get(file) !== entry)) notePassed(passed, input, read);
	return pack.value;
}

export function notePassed(passed: PassedPacks, input: CheckedInput, yaml: YamlMemo = new Map()): void {
	const json = JSON.stringify({ yaml: Object.fromEntries(yaml) });
	passed.store.write(keyOf(passed.build, input), Buffer.from(`${digest(json)}\n${json}`));
}

function keyOf(build: string, { files, maxQuestionLength, matcher }: CheckedInput): string {
	const hash = createHash('sha256');
	hash.update(JSON.stringify([build, maxQuestionLength, matcher ?? null]));
	// Sorted: an edit checked in memory lists its files in another order than a folder read does.
	for (const [file, text] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) hash.update(JSON.stringify([file, text]));
	return hash.digest('hex').slice(0, 32);
}
