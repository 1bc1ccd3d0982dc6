import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { NODE_FS } from '../../src/faq/pack-files.js';
import { NO_FILE, versionOf, writeIfUnchanged } from '../../src/faq/write-file.js';

describe('versionOf', () => {
	test.each([
		{ a: 'one text', b: 'one text', same: true },
		{ a: 'one text', b: 'one text\n', same: false },
		{ a: undefined, b: undefined, same: true },
	])('GIVEN $a and $b THEN their versions are the same: $same', ({ a, b, same }) => {
		expect(versionOf(a) === versionOf(b)).toBe(same);
	});

	test('GIVEN any text THEN its version is 12 characters that fit a Discord custom id', () => {
		expect(versionOf('x'.repeat(5000))).toMatch(/^[A-Za-z0-9_-]{12}$/);
	});
});

describe('writeIfUnchanged', () => {
	let dir: string;
	const FILE = 'entries/a.md';
	const target = () => path.join(dir, FILE);
	const leftovers = async () => (await readdir(path.join(dir, 'entries'))).filter((name) => name !== 'a.md');

	beforeEach(async () => {
		dir = await mkdtemp(path.join(tmpdir(), 'cooldown-write-'));
		await mkdir(path.join(dir, 'entries'));
	});
	afterEach(() => rm(dir, { recursive: true, force: true }));

	test('GIVEN the version that was read WHEN written THEN the file holds the new text, its version is returned and no temporary file is left', async () => {
		await writeFile(target(), 'old');
		const written = await writeIfUnchanged(NODE_FS, dir, FILE, 'new', versionOf('old'));
		expect(written).toEqual({ ok: true, value: versionOf('new') });
		expect(await readFile(target(), 'utf8')).toBe('new');
		expect(await leftovers()).toEqual([]);
	});

	test.each([
		{ name: 'the file was saved by someone else after it was read', onDisk: 'their edit', version: versionOf('what I read') },
		{ name: 'a file was created where a new one was to go', onDisk: 'their new entry', version: NO_FILE },
	])('GIVEN $name WHEN written THEN it is refused as changed meanwhile and their text stays', async ({ onDisk, version }) => {
		await writeFile(target(), onDisk);
		const written = await writeIfUnchanged(NODE_FS, dir, FILE, 'mine', version);
		expect(written).toEqual({ ok: false, errors: [{ file: FILE, message: expect.stringMatching(/^changed meanwhile: .*Nothing was written/) }] });
		expect(await readFile(target(), 'utf8')).toBe(onDisk);
		expect(await leftovers()).toEqual([]);
	});

	test('GIVEN no file yet and the version of none WHEN written THEN the file is created', async () => {
		expect(await writeIfUnchanged(NODE_FS, dir, FILE, 'first', NO_FILE)).toEqual({ ok: true, value: versionOf('first') });
		expect(await readFile(target(), 'utf8')).toBe('first');
	});

	test('GIVEN a folder in the way of the file WHEN written THEN the failure is a problem, not a crash, and no temporary file is left', async () => {
		await mkdir(path.join(target(), 'inside'), { recursive: true });
		const written = await writeIfUnchanged(NODE_FS, dir, FILE, 'text', NO_FILE);
		expect(written).toEqual({ ok: false, errors: [{ file: FILE, message: expect.stringMatching(/^could not be written \(.+\); nothing was changed$/) }] });
		expect(await leftovers()).toEqual([]);
	});
});
