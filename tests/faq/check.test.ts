import { describe, expect, test } from 'vitest';
import { checkBehaviour } from '../../src/faq/check.js';
import { createEngine } from '../../src/match/engine.js';
import { buildFaq, entry, loadMinFaq, matcherFaq } from '../fixtures/faq.js';

describe('checkBehaviour', () => {
	test('GIVEN the mini pack, whose phrasings all lead to their own entry WHEN checked THEN nothing is reported', async () => {
		expect(checkBehaviour(createEngine(await loadMinFaq()))).toEqual({ misses: [], competitions: [] });
	});

	test('GIVEN two entries worded alike WHEN checked THEN they are named as a competing pair with the questions they share', () => {
		const report = checkBehaviour(createEngine(matcherFaq()));
		expect(report.competitions).toHaveLength(1);
		expect(report.competitions[0]).toMatchObject({ a: 'cold-bath', b: 'ice-bath' });
		expect(report.competitions[0]?.questions).toContain('Do cold baths help swelling?');
		expect(report.misses).toContainEqual(
			expect.objectContaining({ file: 'entries/cold-bath.md', entry: 'cold-bath', field: 'question', message: expect.stringContaining('ambiguous') }),
		);
		expect(report.misses.every((miss) => miss.entry === 'cold-bath' || miss.entry === 'ice-bath')).toBe(true);
	});

	test('GIVEN an example that sounds like an emergency WHEN checked THEN it is reported as never reaching its entry', () => {
		const faq = buildFaq([
			entry({
				id: 'breathing-in-hiit',
				question: 'Is breathing hard during HIIT normal?',
				alternates: ['heavy breathing in interval training', 'out of breath during hiit', 'panting during hiit'],
				examples: ['i had chest pain during hiit'],
			}),
		]);
		const { misses } = checkBehaviour(createEngine(faq));
		expect(misses).toEqual([
			{ file: 'entries/breathing-in-hiit.md', entry: 'breathing-in-hiit', field: 'examples[0]', message: expect.stringContaining('emergency (cardiac)') },
		]);
	});
});
