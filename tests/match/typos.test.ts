import { describe, expect, test } from 'vitest';
import { STOPWORDS } from '../../src/match/stopwords.js';
import { createTypoCorrector, editDistance } from '../../src/match/typos.js';

describe('editDistance', () => {
	test.each([
		{ a: 'exercise', b: 'exercise', max: 2, distance: 0 },
		{ a: 'inflamation', b: 'inflammation', max: 2, distance: 1 },
		{ a: 'excercise', b: 'exercise', max: 2, distance: 1 },
		{ a: 'exrecise', b: 'exercise', max: 2, distance: 1 },
		{ a: 'ab', b: 'ba', max: 2, distance: 1 },
		{ a: 'kitten', b: 'sitting', max: 3, distance: 3 },
		{ a: 'sleep', b: 'slept', max: 2, distance: 2 },
		{ a: 'meaning', b: 'making', max: 2, distance: 2 },
		{ a: '', b: 'abc', max: 3, distance: 3 },
		{ a: 'abc', b: '', max: 3, distance: 3 },
		{ a: '', b: '', max: 0, distance: 0 },
		// Past `max` it gives up and says max + 1.
		{ a: 'kitten', b: 'sitting', max: 2, distance: 3 },
		{ a: 'abcdef', b: 'uvwxyz', max: 2, distance: 3 },
		{ a: 'inflammation', b: 'information', max: 2, distance: 3 },
		{ a: 'a', b: 'abcdef', max: 2, distance: 3 },
	])('GIVEN "$a" and "$b" with max $max THEN the distance is $distance', ({ a, b, max, distance }) => {
		expect(editDistance(a, b, max)).toBe(distance);
		expect(editDistance(b, a, max)).toBe(distance);
	});
});

describe('createTypoCorrector', () => {
	const vocabulary = ['inflammation', 'exercise', 'recovery', 'sleep', 'soreness', 'making', 'hiit', 'yoga', 'muscles'];
	const corrector = createTypoCorrector(vocabulary, { keep: STOPWORDS });

	test.each([
		{ typo: 'inflamation', fixed: 'inflammation' },
		{ typo: 'inflammtion', fixed: 'inflammation' },
		{ typo: 'excercise', fixed: 'exercise' },
		{ typo: 'exercize', fixed: 'exercise' },
		{ typo: 'recovry', fixed: 'recovery' },
		{ typo: 'slep', fixed: 'sleep' },
		{ typo: 'muscels', fixed: 'muscles' },
	])('GIVEN the misspelling "$typo" WHEN corrected THEN it becomes "$fixed"', ({ typo, fixed }) => {
		expect(corrector.correct(typo)).toBe(fixed);
	});

	test.each([
		{ word: 'meaning', why: 'a real word the FAQ lacks, 2 edits from "making"' },
		{ word: 'ibuprofen', why: 'a real word close to nothing' },
		{ word: 'creatine', why: 'a real word close to nothing' },
		{ word: 'hit', why: 'shorter than 4 letters, although 1 edit from "hiit"' },
		{ word: 'yog', why: 'shorter than 4 letters' },
		{ word: 'sleep', why: 'already known' },
		{ word: 'should', why: 'a stopword' },
		{ word: 'hiit2', why: 'it has a digit' },
		{ word: 'nflammation', why: 'typos rarely hit the first letter, so only same-initial words are candidates' },
	])('GIVEN "$word" ($why) WHEN corrected THEN it is left alone', ({ word }) => {
		expect(corrector.correct(word)).toBe(word);
	});

	test('GIVEN the same typo twice WHEN corrected THEN the second answer, remembered, is the first', () => {
		const first = corrector.correct('inflamation');
		expect(first).toBe('inflammation');
		expect(corrector.correct('inflamation')).toBe(first);
	});
});

describe('createTypoCorrector: correctAll', () => {
	test('GIVEN more new misspellings than the search budget WHEN a question is corrected THEN only the first ones are looked up', () => {
		const corrector = createTypoCorrector(['inflammation', 'exercise', 'recovery'], { keep: STOPWORDS });
		expect(corrector.correctAll(['does', 'excercise', 'help', 'inflamation', 'recovry'], { left: 2 })).toEqual(['does', 'exercise', 'help', 'inflammation', 'recovry']);
	});

	test('GIVEN a misspelling already looked up WHEN it comes again with no budget left THEN the remembered correction is used', () => {
		const corrector = createTypoCorrector(['inflammation'], { keep: STOPWORDS });
		expect(corrector.correctAll(['inflamation'], { left: 1 })).toEqual(['inflammation']);
		expect(corrector.correctAll(['inflamation'], { left: 0 })).toEqual(['inflammation']);
	});
});

describe('createTypoCorrector: run-together words', () => {
	test.each([
		['antiinflammatory', ['anti', 'inflammatory']],
		['bodyfat', ['body', 'fat']],
	])('GIVEN "%s", two known words written as one, WHEN corrected THEN it is split into them', (word, parts) => {
		const corrector = createTypoCorrector(['anti', 'inflammatory', 'body', 'fat'], { keep: STOPWORDS });
		expect(corrector.correctAll([word], { left: 1 })).toEqual(parts);
	});

	test('GIVEN a split that would leave a scrap of two letters WHEN corrected THEN the word is not split', () => {
		const corrector = createTypoCorrector(['inflammatory', 'an'], { keep: new Set() });
		expect(corrector.correctAll(['aninflammatory'], { left: 1 })).toEqual(['aninflammatory']);
	});
});
