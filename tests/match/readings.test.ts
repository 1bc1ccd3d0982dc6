import { describe, expect, test } from 'vitest';
import { buildIndex } from '../../src/match/index.js';
import { matcherOptions } from '../../src/match/options.js';
import { readMessage } from '../../src/match/readings.js';
import { matcherFaq, TEST_MATCHER } from '../fixtures/faq.js';

const faq = matcherFaq();

/** The weight of each term of the whole-message reading. */
function weights(message: string, minAskedTerms: number): Record<string, number> {
	const options = matcherOptions(TEST_MATCHER, { minAskedTerms, contextWeight: 0.2 });
	const index = buildIndex(faq, options);
	const [whole] = readMessage(index, options, message);
	return Object.fromEntries(whole!.query.terms.map(({ term, weight }) => [term, weight]));
}

describe('readMessage: what a message asks', () => {
	test.each([
		{ given: 'a question that names nothing, with minAskedTerms 3', minAskedTerms: 3, sore: 1 },
		{ given: 'the same message, with the rule off (minAskedTerms 0)', minAskedTerms: 0, sore: 0.2 },
	])('GIVEN $given WHEN reading "my legs are so sore since leg day yesterday, why tho?" THEN the background weighs $sore', ({ minAskedTerms, sore }) => {
		expect(weights('my legs are so sore since leg day yesterday, why tho?', minAskedTerms).sore).toBe(sore);
	});

	test('GIVEN a question that names enough itself THEN the background stays context', () => {
		const read = weights('my legs are so sore since leg day yesterday. does sleep help recovery after a workout?', 3);
		expect(read.sore).toBe(0.2);
		expect(read.sleep).toBe(1);
	});
});
