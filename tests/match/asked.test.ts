import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { createFileCache } from '../../src/lib/file-cache.js';
import type { ByteCache } from '../../src/match/byte-cache.js';
import { createEngine } from '../../src/match/engine.js';
import { buildIndex } from '../../src/match/index.js';
import { matcherOptions } from '../../src/match/options.js';
import { matcherFaq, TEST_MATCHER } from '../fixtures/faq.js';

const options = matcherOptions(TEST_MATCHER, {});
const faq = matcherFaq();
const soreness = faq.entries.findIndex(({ id }) => id === 'muscle-soreness');

/** Each entry's probability for a question of these words, each of its terms weighing 1. */
function posterior(asked: ReadonlyMap<string, readonly string[]>, words: readonly string[]): number[] {
	const index = buildIndex({ ...faq, asked }, options);
	const terms = words.flatMap((word) => index.analyzer.terms(word));
	return [...index.asked.logPosterior(terms.map((term) => ({ term, weight: 1 })))].map(Math.exp);
}

describe('learnFromAsked: which entry members meant by which words', () => {
	test('GIVEN any question THEN the entries\' probabilities add up to 1', () => {
		const sum = posterior(new Map(), ['sore', 'sleep']).reduce((a, b) => a + b, 0);
		expect(sum).toBeCloseTo(1, 9);
	});

	test('GIVEN a word no entry and no member ever used THEN it favours no entry', () => {
		const probabilities = posterior(new Map(), ['cooked']);
		expect(new Set(probabilities.map((p) => p.toFixed(9))).size).toBe(1);
	});

	test('GIVEN members asked "my legs are cooked after squats" about soreness THEN "cooked" points to the soreness entry', () => {
		const index = buildIndex({ ...faq, asked: new Map([['muscle-soreness', ['my legs are cooked after squats', 'arms cooked after push day']]]) }, options);
		const cooked = index.analyzer.terms('cooked');
		const probabilities = [...index.asked.logPosterior(cooked.map((term) => ({ term, weight: 1 })))].map(Math.exp);
		expect(probabilities.indexOf(Math.max(...probabilities))).toBe(soreness);
		expect(probabilities[soreness]).toBeGreaterThan(0.5);
	});

	test('GIVEN questions listed under an id the FAQ does not have THEN they are ignored, not counted for another entry', () => {
		const uniform = posterior(new Map(), ['cooked']);
		expect(posterior(new Map([['naps', ['cooked']]]), ['cooked'])).toEqual(uniform);
		// The same question under a real entry does count: the comparison above can fail.
		expect(posterior(new Map([['muscle-soreness', ['cooked']]]), ['cooked'])).not.toEqual(uniform);
	});
});

describe('the questions members asked, counted once and kept beside the database', () => {
	const dirs: string[] = [];
	afterEach(async () => Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true }))));
	const asked = (...more: string[]) => new Map([['muscle-soreness', ['my legs are cooked after squats', 'arms cooked after push day', 'why am i so wrecked', ...more]]]);
	const QUESTIONS = ['legs cooked', 'why am i wrecked after the gym', 'does sleep help recovery?', 'best pizza in town'];
	/** What the model says about each question, to the last bit. */
	const posteriors = (cache?: ByteCache) => {
		const index = buildIndex({ ...faq, asked: asked() }, options, { asked: cache });
		return QUESTIONS.map((question) => [...index.asked.logPosterior(index.analyzer.terms(question).map((term) => ({ term, weight: 1 })))]);
	};

	/** A cache folder with the pack's counts already written, and a cache on it that counts its reads and writes. */
	async function primedCache() {
		const dir = await mkdtemp(path.join(tmpdir(), 'cooldown-asked-'));
		dirs.push(dir);
		createEngine({ ...faq, asked: asked() }, { askedCache: createFileCache(dir) });
		const files = createFileCache(dir);
		const cache = { dir, reads: 0, writes: 0, read: (key: string) => ((cache.reads += 1), files.read(key)), write: (key: string, bytes: Uint8Array) => ((cache.writes += 1), files.write(key, bytes)) };
		return cache;
	}

	test('GIVEN a pack counted into a cache WHEN the same pack is loaded again THEN the counts are read back from the file and the model is exactly as a fresh count', async () => {
		const cache = await primedCache();
		expect(await readdir(cache.dir)).toEqual([expect.stringMatching(/^asked-[0-9a-f]{32}\.bin$/)]);
		const again = posteriors(cache);
		expect([cache.reads, cache.writes]).toEqual([1, 0]);
		expect(again).toEqual(posteriors());
	});

	test('GIVEN a damaged cache file WHEN the pack is loaded THEN it is counted afresh, as without a cache', async () => {
		const cache = await primedCache();
		const [file] = await readdir(cache.dir);
		const bytes = await readFile(path.join(cache.dir, file!));
		await writeFile(path.join(cache.dir, file!), bytes.subarray(0, bytes.length - 12));
		const damaged = posteriors(cache);
		expect(cache.writes).toBe(1);
		expect(damaged).toEqual(posteriors());
	});

	test('GIVEN one more question asked WHEN the pack is loaded THEN the cached counts are not used', async () => {
		const cache = await primedCache();
		createEngine({ ...faq, asked: asked('toast after leg day') }, { askedCache: cache });
		expect(cache.writes).toBe(1);
	});
});
