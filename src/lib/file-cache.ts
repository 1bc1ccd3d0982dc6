import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Bytes kept in a folder by key; read back on a later run. */
export interface FileCache {
	read(key: string): Uint8Array | undefined;
	write(key: string, bytes: Uint8Array): void;
}

const SUFFIX = '.bin';

/**
 * A cache of one current file per purpose in `dir`: writing a new key removes the others, so a FAQ
 * edited a hundred times leaves one file behind, not a hundred. A file that cannot be read is a
 * miss, and one that cannot be written is skipped: a cache is never a reason to fail.
 */
export function createFileCache(dir: string): FileCache {
	const fileOf = (key: string) => path.join(dir, `${key.replace(/[^a-z0-9-]/gi, '')}${SUFFIX}`);
	return {
		read(key) {
			try {
				return readFileSync(fileOf(key));
			} catch {
				return undefined;
			}
		},
		write(key, bytes) {
			const file = fileOf(key);
			// Written aside and renamed, so another process never reads half a file.
			const partial = `${file}.${process.pid}.partial`;
			try {
				mkdirSync(dir, { recursive: true });
				writeFileSync(partial, bytes);
				renameSync(partial, file);
				for (const name of readdirSync(dir)) if (name.endsWith(SUFFIX) && path.join(dir, name) !== file) rmSync(path.join(dir, name), { force: true });
			} catch {
				// Read-only disk, no space: the next start analyses the FAQ again, and no half-written file stays behind.
				if (existsSync(partial)) rmSync(partial, { force: true });
			}
		},
	};
}

/** A cache in a folder beside the database file; none for an in-memory database, which keeps nothing. */
export function cacheBeside(database: string, name: string): FileCache | undefined {
	return database === ':memory:' ? undefined : createFileCache(path.join(path.dirname(database), name));
}
