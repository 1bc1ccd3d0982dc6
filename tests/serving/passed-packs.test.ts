import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { readPackFiles, type PackFiles } from '../../src/faq/pack-files.js';
import { createFileCache } from '../../src/lib/file-cache.js';
import { checkPack, type CheckOptions } from '../../src/serving/pack-check.js';
import { notePassed, passedBefore, type PassedPacks } from '../../src/serving/passed-packs.js';
import type { YamlMemo } from '../../src/faq/yaml-file.js';
import { MIN_FAQ_DIR, SHIPPED_FAQ_DIR } from '../fixtures/faq.js';

const dirs: string[] = [];
afterEach(async () => {
	await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function passedPacks(build = 'build-1'): Promise<PassedPacks & { dir: string }> {
	const dir = await mkdtemp(path.join(tmpdir(), 'cooldown-passed-'));
	dirs.push(dir);
	return { dir, store: createFileCache(dir), build };
}

async function filesOf(dir: string): Promise<PackFiles> {
	const files = await readPackFiles(dir);
	if (!files.ok) throw new Error(`test setup: ${dir} does not read`);
	return files.value;
}

const miniFiles = () => filesOf(MIN_FAQ_DIR);
const SORE = 'entries/muscle-soreness.md';
const INPUT = (files: PackFiles) => ({ files, maxQuestionLength: 500 });

/** The memo with one file's noted data changed, its digest kept: as a hand edit of the note would. */
function changed(memo: YamlMemo, file: string, change: (data: Record<string, unknown>) => Record<string, unknown>): YamlMemo {
	const known = memo.get(file)!;
	return new Map([...memo, [file, { ...known, data: change(known.data as Record<string, unknown>) }]]);
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

	test.each([
		['the mini pack', MIN_FAQ_DIR],
		['the shipped pack', SHIPPED_FAQ_DIR],
	])('GIVEN %s noted as passed WHEN checked again THEN it reads back exactly as parsed', async (_, dir) => {
		const passed = await passedPacks();
		const files = await filesOf(dir);
		const first = checkPack(files, options(passed));
		const second = checkPack(files, options(passed));
		expect(first.ok && second.ok).toBe(true);
		expect(second.ok && second.value.faq).toEqual(first.ok && first.value.faq);
	});

	test('GIVEN a noted pack WHEN checked again THEN its YAML is read from the note, not parsed again', async () => {
		const passed = await passedPacks();
		const files = await miniFiles();
		const first = checkPack(files, options(passed));
		if (!first.ok) throw new Error('the mini pack should pass');
		const noted = passedBefore(passed, INPUT(files))!;
		expect([...noted.keys()].sort()).toEqual([...files.keys()].filter((file) => /\.(yaml|md)$/.test(file) && file !== 'disclaimer.md').sort());
		// Proof that the note is what is read: a question changed in the note only.
		notePassed(passed, INPUT(files), changed(noted, SORE, (data) => ({ ...data, question: 'Noted question?' })));
		const second = checkPack(files, options(passed));
		expect(second.ok && second.value.faq.byId.get('muscle-soreness')?.question).toBe('Noted question?');
	});

	test.each([
		['a file whose noted YAML fails its schema', 'pack.yaml', (data: Record<string, unknown>) => ({ ...data, name: 42 })],
		['an entry naming a source the pack lacks', SORE, (data: Record<string, unknown>) => ({ ...data, sources: ['no-such-source'] })],
	])('GIVEN a note with %s WHEN checked THEN the files are checked afresh, served, and noted again', async (_, file, change) => {
		const passed = await passedPacks();
		const files = await miniFiles();
		checkPack(files, options(passed));
		const noted = passedBefore(passed, INPUT(files))!;
		notePassed(passed, INPUT(files), changed(noted, file, change));
		const verdict = checkPack(files, options(passed));
		expect(verdict.ok && verdict.value.faq.pack.name).toBe('Mini FAQ');
		expect(verdict.ok && verdict.value.faq.byId.get('muscle-soreness')?.sources).toEqual(['article', 'mouse-study']);
		expect(passedBefore(passed, INPUT(files))).toEqual(noted);
	});

	test.each([
		['the note of an older program', () => 'passed'],
		['a note with one character changed', (note: string) => note.replace('Mini FAQ', 'Mini FAX')],
	])('GIVEN %s THEN it is not believed', async (_, damage) => {
		const passed = await passedPacks();
		const files = await miniFiles();
		checkPack(files, options(passed));
		const [name] = await readdir(passed.dir);
		const file = path.join(passed.dir, name!);
		await writeFile(file, damage(await readFile(file, 'utf8')));
		expect(passedBefore(passed, INPUT(files))).toBeUndefined();
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
