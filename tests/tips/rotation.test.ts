import { describe, expect, test } from 'vitest';
import type { Tip } from '../../src/faq/model.js';
import { nextTip } from '../../src/tips/rotation.js';
import { buildFaq, entry } from '../fixtures/faq.js';

const tip = (id: string): Tip => ({ id, text: `Tip ${id}.`, entry: 'only', experts: ['gardner'], sources: [] });
const faqWith = (...ids: string[]) =>
	buildFaq([entry({ id: 'only', question: 'The only question?', alternates: ['a', 'b', 'c'] })], { tips: ids.map(tip) });

describe('nextTip: a guild sees every tip once before any repeats', () => {
	test.each([
		{ given: 'nothing shown yet', tips: ['a', 'b', 'c'], shown: [], expected: { tip: 'a', newRound: false } },
		{ given: 'the first two shown', tips: ['a', 'b', 'c'], shown: ['a', 'b'], expected: { tip: 'c', newRound: false } },
		{ given: 'shown out of order', tips: ['a', 'b', 'c'], shown: ['b'], expected: { tip: 'a', newRound: false } },
		{ given: 'all shown, c last', tips: ['a', 'b', 'c'], shown: ['a', 'b', 'c'], expected: { tip: 'a', newRound: true } },
		{ given: 'all shown, a last (a new round does not repeat it)', tips: ['a', 'b', 'c'], shown: ['b', 'c', 'a'], expected: { tip: 'b', newRound: true } },
		{ given: 'a shown tip removed from the FAQ by a reload', tips: ['a', 'c'], shown: ['a', 'b'], expected: { tip: 'c', newRound: false } },
		{ given: 'a tip added to the FAQ after the others were shown', tips: ['a', 'b', 'n'], shown: ['a', 'b'], expected: { tip: 'n', newRound: false } },
		{ given: 'only removed tips shown', tips: ['x'], shown: ['a', 'b'], expected: { tip: 'x', newRound: false } },
		{ given: 'a single tip, already shown', tips: ['a'], shown: ['a'], expected: { tip: 'a', newRound: true } },
	])('GIVEN $given THEN $expected', ({ tips, shown, expected }) => {
		const next = nextTip(faqWith(...tips), shown);
		expect({ tip: next.tip.id, newRound: next.newRound }).toEqual(expected);
	});

	test('GIVEN a guild shown tips day after day THEN each round shows every tip exactly once', () => {
		const faq = faqWith('a', 'b', 'c', 'd');
		let round: string[] = [];
		const seen: string[] = [];
		for (let day = 0; day < 12; day += 1) {
			const { tip: next, newRound } = nextTip(faq, round);
			round = newRound ? [next.id] : [...round, next.id];
			seen.push(next.id);
		}
		for (let start = 0; start < 12; start += 4) expect(new Set(seen.slice(start, start + 4)).size).toBe(4);
	});
});
