import { describe, expect, test } from 'vitest';
import { createEngine } from '../../src/match/engine.js';
import type { ByteCache } from '../../src/match/byte-cache.js';
import { analyseFaq } from '../../src/match/index.js';
import { cacheKey, decodeAnalysed, encodeAnalysed } from '../../src/match/index-cache.js';
import { DEFAULT_MATCHER_OPTIONS } from '../../src/match/options.js';
import { generateFaq } from '../../bench/generated-faq.js';
import { loadShippedFaq } from '../discord/harness.js';
import { buildFaq, entry, matcherFaq } from '../fixtures/faq.js';

/** A cache in memory that counts what it is asked. */
function memoryCache(): ByteCache & { reads: number; writes: number; files: Map<string, Uint8Array> } {
	const files = new Map<string, Uint8Array>();
	const cache = {
		reads: 0,
		writes: 0,
		files,
		read: (key: string) => {
			cache.reads += 1;
			return files.get(key);
		},
		write: (key: string, bytes: Uint8Array) => {
			cache.writes += 1;
			files.set(key, bytes);
		},
	};
	return cache;
}

const QUESTIONS = ['does exercise reduce inflammation', 'hiit every day?', 'why am i so sore 2 days after leg day', 'best pizza in town', 'does slep help recovry'];

const big = generateFaq(await loadShippedFaq(), 1_200);
describe('the persisted index', () => {
	test('GIVEN a large FAQ built once with a cache WHEN built again THEN it is read back and answers exactly as a fresh build', () => {
		const cache = memoryCache();
		const first = createEngine(big, { indexCache: cache });
		expect(cache.writes).toBe(1);
		const second = createEngine(big, { indexCache: cache });
		expect(cache.writes).toBe(1);
		const fresh = createEngine(big);
		for (const question of QUESTIONS) {
			expect(second.rank(question, 5)).toEqual(fresh.rank(question, 5));
			expect(second.ask(question)).toEqual(first.ask(question));
			expect(second.suggest(question.slice(0, 8), 10)).toEqual(fresh.suggest(question.slice(0, 8), 10));
		}
	});

	test('GIVEN an analysed FAQ WHEN encoded and decoded THEN every posting, phrasing and word comes back', () => {
		const { analysed } = analyseFaq(matcherFaq().entries, matcherFaq().synonyms, DEFAULT_MATCHER_OPTIONS);
		const decoded = decodeAnalysed(encodeAnalysed(analysed));
		expect(decoded?.vocabulary).toEqual(analysed.vocabulary);
		expect(decoded?.phrasings).toEqual(analysed.phrasings);
		expect([...(decoded?.postings ?? [])].map(([term, { entries, weights }]) => [term, [...entries], [...weights]])).toEqual(
			[...analysed.postings].map(([term, { entries, weights }]) => [term, [...entries], [...weights]]),
		);
	});

	test.each([
		{ given: 'bytes cut short', damage: (bytes: Uint8Array) => bytes.subarray(0, bytes.length - 9) },
		{ given: 'a header that is not JSON', damage: (bytes: Uint8Array) => Uint8Array.from(bytes, (byte, i) => (i === 5 ? 0 : byte)) },
		{ given: 'no bytes at all', damage: () => new Uint8Array() },
	])('GIVEN $given WHEN decoded THEN it is no index, so the FAQ is analysed again', ({ damage }) => {
		const { analysed } = analyseFaq(matcherFaq().entries, matcherFaq().synonyms, DEFAULT_MATCHER_OPTIONS);
		expect(decodeAnalysed(damage(encodeAnalysed(analysed)))).toBeUndefined();
	});

	test('GIVEN a damaged file in the cache WHEN the engine starts THEN it rebuilds, answers right and writes a good file', () => {
		const cache = memoryCache();
		createEngine(big, { indexCache: cache });
		const [key] = [...cache.files.keys()];
		cache.files.set(key!, new Uint8Array([1, 2, 3]));
		const engine = createEngine(big, { indexCache: cache });
		expect(engine.rank(QUESTIONS[0]!, 3)).toEqual(createEngine(big).rank(QUESTIONS[0]!, 3));
		expect(cache.writes).toBe(2);
	});

	test.each([
		{ change: 'an answer', edit: (e: ReturnType<typeof entry>) => ({ ...e, answer: `${e.answer} More.` }) },
		{ change: 'an alternate', edit: (e: ReturnType<typeof entry>) => ({ ...e, alternates: [...e.alternates, 'one more way to ask'] }) },
		{ change: 'a tag', edit: (e: ReturnType<typeof entry>) => ({ ...e, tags: [...e.tags, 'extra'] }) },
	])('GIVEN $change edited WHEN the key is computed THEN it differs, so the old index is not reused', ({ edit }) => {
		const faq = matcherFaq();
		const edited = buildFaq(faq.entries.map((e, i) => (i === 0 ? edit(e) : e)), { synonyms: faq.synonyms });
		expect(cacheKey(edited.entries, edited.synonyms, DEFAULT_MATCHER_OPTIONS)).not.toBe(cacheKey(faq.entries, faq.synonyms, DEFAULT_MATCHER_OPTIONS));
		expect(cacheKey(faq.entries, faq.synonyms, DEFAULT_MATCHER_OPTIONS)).toBe(cacheKey(matcherFaq().entries, faq.synonyms, DEFAULT_MATCHER_OPTIONS));
	});

	test('GIVEN a small FAQ WHEN built with a cache THEN the cache is not used: it builds in milliseconds', () => {
		const cache = memoryCache();
		createEngine(matcherFaq(), { indexCache: cache });
		expect({ reads: cache.reads, writes: cache.writes }).toEqual({ reads: 0, writes: 0 });
	});
});
