import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import { fail, ok, type Result } from '../lib/result.js';
import { FAQ_FILES } from './files.js';
import type { Problem } from './model.js';

/**
 * The text of every file of a pack, by its path relative to the pack folder ("entries/x.md"). A
 * file that could not be read is absent. Checks run on this, so an edit can be checked in memory
 * with its change applied before anything is written.
 */
export type PackFiles = ReadonlyMap<string, string>;

/** The few filesystem calls the FAQ makes; `node:fs/promises` is one, and tests may wrap it. */
export interface PackFs {
	readFile(file: string, encoding: 'utf8'): Promise<string>;
	readdir(dir: string): Promise<string[]>;
	writeFile(file: string, text: string, options: { flag: 'wx' }): Promise<void>;
	rename(from: string, to: string): Promise<void>;
	rm(file: string, options: { force: true }): Promise<void>;
}

export const NODE_FS: PackFs = nodeFs;

const TOP_LEVEL: readonly string[] = Object.values(FAQ_FILES).filter((name) => name !== FAQ_FILES.entries);

/** Reads a pack folder; fails only when the folder itself is not there (missing files are for the check to report). */
export async function readPackFiles(dir: string, fs: PackFs = NODE_FS): Promise<Result<PackFiles, Problem>> {
	let names: string[];
	try {
		names = await fs.readdir(dir);
	} catch {
		return fail([{ file: dir, message: 'the FAQ folder is missing or cannot be read' }]);
	}
	const entryNames = names.includes(FAQ_FILES.entries) ? await fs.readdir(path.join(dir, FAQ_FILES.entries)).catch(() => []) : [];
	const wanted = [...TOP_LEVEL.filter((name) => names.includes(name)), ...entryNames.filter(isEntryFileName).sort().map(entryFile)];
	const files = new Map<string, string>();
	for (const file of wanted) {
		const text = await readText(fs, dir, file);
		if (text !== undefined) files.set(file, text);
	}
	return ok(files);
}

/** The file that holds the entry with this id. */
export function entryFile(idOrName: string): string {
	return `${FAQ_FILES.entries}/${idOrName.endsWith('.md') ? idOrName : `${idOrName}.md`}`;
}

/** Entry files are the `*.md` files of the entries folder; editors' hidden and temporary files are not. */
export function isEntryFileName(name: string): boolean {
	return name.endsWith('.md') && !name.startsWith('.');
}

export async function readText(fs: PackFs, dir: string, file: string): Promise<string | undefined> {
	try {
		return await fs.readFile(path.join(dir, file), 'utf8');
	} catch {
		return undefined;
	}
}
