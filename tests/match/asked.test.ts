import { describe, expect, test } from 'vitest';
import { buildIndex } from '../../src/match/index.js';
import { matcherOptions } from '../../src/match/options.js';
import { matcherFaq, TEST_MATCHER } from '../fixtures/faq.js';

const options = matcherOptions(TEST_MATCHER, {});
const faq = matcherFaq();
const soreness = faq.entries.findIndex(({ id }) => id === 'muscle-soreness');

/** Each entry's probability for a question of the given terms, each weighing 1. */
function posterior(asked: ReadonlyMap<string, readonly string[]>, terms: readonly string[]): number[] {
	const index = buildIndex({ ...faq, asked }, options);
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
		expect(posterior(new Map([['naps', ['cooked']]]), ['cooked'])).toEqual(posterior(new Map(), ['cooked']));
	});
});
