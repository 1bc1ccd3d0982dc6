import { mkdtemp, readdir, rm, writeFile, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { createFileCache } from '../../src/lib/file-cache.js';

const dirs: string[] = [];
async function folder(): Promise<string> {
	const dir = await mkdtemp(path.join(tmpdir(), 'cooldown-cache-'));
	dirs.push(dir);
	return dir;
}
afterEach(async () => {
	for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

describe('createFileCache', () => {
	test('GIVEN bytes written under a key THEN they are read back, in a folder made on demand', async () => {
		const dir = path.join(await folder(), 'not', 'yet');
		const cache = createFileCache(dir);
		expect(cache.read('abc')).toBeUndefined();
		cache.write('abc', new Uint8Array([1, 2, 3]));
		expect([...(cache.read('abc') ?? [])]).toEqual([1, 2, 3]);
	});

	test('GIVEN a second key written THEN the first file is gone: one current file, not one per edit', async () => {
		const dir = await folder();
		const cache = createFileCache(dir);
		cache.write('first', new Uint8Array([1]));
		cache.write('second', new Uint8Array([2]));
		expect(await readdir(dir)).toEqual(['second.bin']);
		expect(cache.read('first')).toBeUndefined();
	});

	test('GIVEN a folder that cannot be written WHEN writing THEN nothing is thrown and nothing is cached', async () => {
		const parent = await folder();
		await writeFile(path.join(parent, 'a-file'), 'x');
		const cache = createFileCache(path.join(parent, 'a-file', 'cache'));
		expect(() => cache.write('k', new Uint8Array([1]))).not.toThrow();
		expect(cache.read('k')).toBeUndefined();
		await chmod(path.join(parent, 'a-file'), 0o644);
	});

	test('GIVEN a key with characters that are not safe in a file name THEN they are left out of the file name', async () => {
		const dir = await folder();
		createFileCache(dir).write('../escape', new Uint8Array([1]));
		expect(await readdir(dir)).toEqual(['escape.bin']);
	});
});
