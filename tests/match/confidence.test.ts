import { describe, expect, test } from 'vitest';
import { features, probability, rivalsOf } from '../../src/match/confidence.js';
import { buildIndex } from '../../src/match/index.js';
import { matcherOptions } from '../../src/match/options.js';
import { readMessage } from '../../src/match/readings.js';
import type { WeighedQuery } from '../../src/match/score.js';
import { matcherFaq, TEST_MATCHER } from '../fixtures/faq.js';

const faq = matcherFaq();
const options = matcherOptions(TEST_MATCHER, {});
const index = buildIndex(faq, options);

/** The features of the best entry of the whole-message reading. */
function bestOf(message: string) {
	const [whole] = readMessage(index, options, message);
	const { ranked, query } = whole!;
	return { entry: ranked[0]!.entry, x: features(ranked[0]!, rivalsOf(ranked, 0), query) };
}

const QUESTION = 'does sleep help recovery?';
const STORY = 'hey all, been super stressed at work lately and only sleeping five hours a night. does sleep help recovery?';

describe('features: the evidence for one candidate', () => {
	test.each([
		{ message: QUESTION, words: 4 },
		{ message: STORY, words: 19 },
	])('GIVEN "$message" THEN its length counts all $words words, background included', ({ message, words }) => {
		expect(bestOf(message).x.messageLength).toBeCloseTo(Math.log1p(words));
	});

	test('GIVEN the same question with and without a story before it WHEN the message length weighs positively THEN the same entry is more probable in the story than its diluted score alone says', () => {
		const story = bestOf(STORY);
		expect(story.entry).toBe(bestOf(QUESTION).entry);
		const weights = { ...options.calibration, messageLength: 0.5 };
		expect(probability(story.x, weights)).toBeGreaterThan(probability(story.x, { ...weights, messageLength: 0 }));
	});
});

describe('features: what the questions members asked say', () => {
	/** A query on a pack of `entries` entries, the candidate (entry 0) being `probability` likely. */
	const query = (probability: number, entries: number): WeighedQuery => ({
		terms: [],
		unknown: 0,
		onSubject: true,
		focusTerms: 3,
		words: 5,
		uncovered: [],
		asked: Float64Array.from({ length: entries }, (_, i) => Math.log(i === 0 ? probability : (1 - probability) / (entries - 1))),
	});
	const candidate = { entry: 0, score: 0.5, coverage: 0.5, phrasing: 0.5 };

	test.each([
		{ probability: 0.5, entries: 2, odds: 0 },
		{ probability: 1 / 22, entries: 22, odds: 0 },
		{ probability: 0.9, entries: 2, odds: Math.log(9) },
		{ probability: 0.9, entries: 22, odds: Math.log(9 * 21) },
		{ probability: 0.01, entries: 2, odds: Math.log(1 / 99) },
		{ probability: 1, entries: 22, odds: 10 },
		{ probability: 1e-9, entries: 22, odds: -10 },
		{ probability: 1, entries: 1, odds: 0 },
	])('GIVEN the entry is $probability likely among $entries THEN its evidence is $odds: the log-odds against an even share, clipped at ±10', ({ probability, entries, odds }) => {
		expect(features(candidate, [], query(probability, entries)).asked).toBeCloseTo(odds, 6);
	});
});
