import { createHash } from 'node:crypto';
import type { MatcherOverrides } from '../faq/schema.js';
import type { PackFiles } from '../faq/pack-files.js';
import type { FileCache } from '../lib/file-cache.js';

/**
 * Packs known to have passed every check of `checkPack`. The behaviour check (every question and
 * alternate reaching its own entry) asks the engine every phrasing of the pack, a third of the
 * chat's start-up on the shipped FAQ: a restart on the same files, settings and program skips it
 * and the others.
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

const PASSED = new TextEncoder().encode('passed');

export function hasPassed(passed: PassedPacks, input: CheckedInput): boolean {
	const noted = passed.store.read(keyOf(passed.build, input));
	return noted !== undefined && Buffer.from(noted).equals(PASSED);
}

export function notePassed(passed: PassedPacks, input: CheckedInput): void {
	passed.store.write(keyOf(passed.build, input), PASSED);
}

function keyOf(build: string, { files, maxQuestionLength, matcher }: CheckedInput): string {
	const hash = createHash('sha256');
	hash.update(JSON.stringify([build, maxQuestionLength, matcher ?? null]));
	// Sorted: an edit checked in memory lists its files in another order than a folder read does.
	for (const [file, text] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) hash.update(JSON.stringify([file, text]));
	return hash.digest('hex').slice(0, 32);
}
