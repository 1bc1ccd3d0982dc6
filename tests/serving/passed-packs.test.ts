import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { readPackFiles, type PackFiles } from '../../src/faq/pack-files.js';
import { createFileCache } from '../../src/lib/file-cache.js';
import { checkPack, type CheckOptions } from '../../src/serving/pack-check.js';
import { notePassed, passedBefore, type PassedPacks } from '../../src/serving/passed-packs.js';
import { MIN_FAQ_DIR } from '../fixtures/faq.js';

const dirs: string[] = [];
afterEach(async () => {
	await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function passedPacks(build = 'build-1'): Promise<PassedPacks & { dir: string }> {
	const dir = await mkdtemp(path.join(tmpdir(), 'cooldown-passed-'));
	dirs.push(dir);
	return { dir, store: createFileCache(dir), build };
}

async function miniFiles(): Promise<PackFiles> {
	const files = await readPackFiles(MIN_FAQ_DIR);
	if (!files.ok) throw new Error('test setup: the mini pack does not read');
	return files.value;
}

/** The mini pack with an alternate that takes muscle-soreness's example away from it: the behaviour check refuses it. */
async function stealingFiles(): Promise<PackFiles> {
	const files = new Map(await miniFiles());
	const file = 'entries/sleep-and-recovery.md';
	files.set(file, files.get(file)!.replace('alternates:\n', 'alternates:\n  - sore two days after the gym\n'));
	return files;
}

const options = (passed?: PassedPacks, over: Partial<CheckOptions> = {}): CheckOptions => ({ maxQuestionLength: 500, fits: () => [], ...(passed ? { passed } : {}), ...over });

describe('packs that passed every check', () => {
	test('GIVEN a pack that passes WHEN checked with a store THEN it is served and noted in one file; checked again, it is served the same', async () => {
		const passed = await passedPacks();
		const files = await miniFiles();
		const first = checkPack(files, options(passed));
		expect(first.ok).toBe(true);
		expect(await readdir(passed.dir)).toHaveLength(1);
		const second = checkPack(files, options(passed));
		expect(second.ok && second.value.faq.entries.map(({ id }) => id)).toEqual(first.ok && first.value.faq.entries.map(({ id }) => id));
	});

	test('GIVEN a pack the behaviour check refuses WHEN checked with a store THEN it is refused and nothing is noted', async () => {
		const passed = await passedPacks();
		const verdict = checkPack(await stealingFiles(), options(passed));
		expect(verdict.ok).toBe(false);
		expect(await readdir(passed.dir)).toEqual([]);
	});

	test('GIVEN a refused pack noted as passed by this build WHEN checked again THEN the behaviour check is skipped, which is what the note is for', async () => {
		const passed = await passedPacks();
		const files = await stealingFiles();
		notePassed(passed, { files, maxQuestionLength: 500 });
		expect(checkPack(files, options(passed)).ok).toBe(true);
	});

	test('GIVEN a pack noted as passed by this build WHEN checked again THEN the other checks are skipped too', async () => {
		const passed = await passedPacks();
		const files = await miniFiles();
		const unfit = options(passed, { fits: () => [{ file: 'experts.yaml', message: 'too long for Discord' }] });
		expect(checkPack(files, unfit).ok).toBe(false);
		notePassed(passed, { files, maxQuestionLength: 500 });
		expect(checkPack(files, unfit).ok).toBe(true);
	});

	test('GIVEN a noted pack WHEN checked again THEN its YAML is read from the note, not parsed again', async () => {
		const passed = await passedPacks();
		const files = await miniFiles();
		const first = checkPack(files, options(passed));
		if (!first.ok) throw new Error('the mini pack should pass');
		const noted = passedBefore(passed, { files, maxQuestionLength: 500 });
		expect([...(noted?.keys() ?? [])].sort()).toEqual([...files.keys()].filter((file) => /\.(yaml|md)$/.test(file) && file !== 'disclaimer.md').sort());
		// Proof that the note is what is read: a question changed in the note only.
		const file = first.value.faq.byId.get('muscle-soreness')!.file;
		notePassed(passed, { files, maxQuestionLength: 500 }, new Map([...noted!, [file, { ...(noted!.get(file) as object), question: 'Noted question?' }]]));
		const second = checkPack(files, options(passed));
		expect(second.ok && second.value.faq.byId.get('muscle-soreness')?.question).toBe('Noted question?');
	});

	test('GIVEN a note whose YAML for a file no longer passes the schema THEN that file is parsed again', async () => {
		const passed = await passedPacks();
		const files = await miniFiles();
		notePassed(passed, { files, maxQuestionLength: 500 }, new Map([['pack.yaml', { name: 42 }]]));
		const verdict = checkPack(files, options(passed));
		expect(verdict.ok && verdict.value.faq.pack.name).toBe('Mini FAQ');
	});

	test.each([
		['another build', async (files: PackFiles, passed: PassedPacks) => checkPack(files, options({ ...passed, build: 'build-2' }))],
		['another answer threshold', async (files: PackFiles, passed: PassedPacks) => checkPack(files, options(passed, { matcher: { answerConfidence: 0.5 } }))],
		['another question length', async (files: PackFiles, passed: PassedPacks) => checkPack(files, options(passed, { maxQuestionLength: 400 }))],
		['no store', async (files: PackFiles) => checkPack(files, options())],
	])('GIVEN a refused pack noted as passed WHEN checked with %s THEN the note does not apply and it is refused', async (_, check) => {
		const passed = await passedPacks();
		const files = await stealingFiles();
		notePassed(passed, { files, maxQuestionLength: 500 });
		expect((await check(files, passed)).ok).toBe(false);
	});

	test('GIVEN a noted pack WHEN one file changes THEN it is checked again, not trusted', async () => {
		const passed = await passedPacks();
		const files = await stealingFiles();
		notePassed(passed, { files: await miniFiles(), maxQuestionLength: 500 });
		expect(checkPack(files, options(passed)).ok).toBe(false);
	});
});
