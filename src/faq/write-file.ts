import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { digest } from '../lib/digest.js';
import { fail, ok, type Result } from '../lib/result.js';
import type { Problem } from './model.js';
import { readText, type PackFs } from './pack-files.js';

/** The version of a file that does not exist (yet). */
export const NO_FILE = 'none';

/**
 * A short fingerprint of a file's text, carried by an edit from the moment the file was read to the
 * moment it is written. Twelve base64url characters (72 bits) tell versions apart and still fit in a
 * Discord custom id beside an entry id.
 */
export function versionOf(text: string | undefined): string {
	return text === undefined ? NO_FILE : digest(text).slice(0, 12);
}

/**
 * Replaces one file of a pack, but only if it is still the version the change was based on, so an
 * edit never overwrites someone else's. The text goes to a temporary file in the same folder, then
 * is renamed over the old one: a reader (the watcher, git) sees the old file or the new, never half.
 * Returns the new version.
 */
export async function writeIfUnchanged(fs: PackFs, dir: string, file: string, text: string, version: string): Promise<Result<string, Problem>> {
	if (versionOf(await readText(fs, dir, file)) !== version) return fail([changedMeanwhile(file)]);
	const target = path.join(dir, file);
	// Hidden and not *.md, so the loader never takes it for an entry.
	const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomUUID().slice(0, 8)}.tmp`);
	try {
		await fs.writeFile(temp, text, { flag: 'wx' });
		await fs.rename(temp, target);
	} catch (error) {
		await fs.rm(temp, { force: true }).catch(() => undefined);
		return fail([{ file, message: `could not be written (${error instanceof Error ? error.message : String(error)}); nothing was changed` }]);
	}
	return ok(versionOf(text));
}

export function changedMeanwhile(file: string): Problem {
	return { file, message: 'changed meanwhile: the file was saved by someone else after you opened it. Nothing was written; open it again to see their change.' };
}
