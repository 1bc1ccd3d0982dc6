import { describe, expect, test } from 'vitest';
import { checkBehaviour } from '../../src/serving/check.js';
import type { Faq } from '../../src/faq/model.js';
import { createEngine } from '../../src/match/engine.js';
import { buildFaq, entry, loadMinFaq, matcherFaq } from '../fixtures/faq.js';

const check = (faq: Faq) => checkBehaviour(createEngine(faq), (pack) => createEngine(pack));

/** The mini pack with alternates added to sleep-and-recovery. */
async function miniWithSleepAlternates(...alternates: string[]): Promise<Faq> {
	const mini = await loadMinFaq();
	const entries = mini.entries.map((each) => (each.id === 'sleep-and-recovery' ? { ...each, alternates: [...each.alternates, ...alternates] } : each));
	return buildFaq(entries, { synonyms: mini.synonyms });
}

describe('checkBehaviour', () => {
	test('GIVEN the mini pack, whose phrasings all lead to their own entry WHEN checked THEN nothing is reported', async () => {
		expect(check(await loadMinFaq())).toEqual({ misses: [], steals: [], competitions: [] });
	});

	test('GIVEN two entries worded alike WHEN checked THEN they are named as a competing pair with the questions they share', () => {
		const report = check(matcherFaq());
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
		const { misses, steals } = check(faq);
		expect(misses).toEqual([
			{ file: 'entries/breathing-in-hiit.md', entry: 'breathing-in-hiit', field: 'examples[0]', message: expect.stringContaining('emergency (cardiac)') },
		]);
		expect(steals).toEqual([]);
	});

	test('GIVEN an alternate of sleep-and-recovery worded like muscle-soreness\'s example WHEN checked THEN that alternate is named as taking the example, and the example as a miss', async () => {
		const report = check(await miniWithSleepAlternates('sore two days after the gym'));
		expect(report.steals).toEqual([
			{
				file: 'entries/sleep-and-recovery.md',
				entry: 'sleep-and-recovery',
				field: 'alternates[3]',
				message: expect.stringMatching(/^"sore two days after the gym" takes "why am i so sore two days after the gym" \(examples\[0\] of entry "muscle-soreness"\)/),
			},
		]);
		expect(report.misses).toEqual([expect.objectContaining({ entry: 'muscle-soreness', field: 'examples[0]', message: expect.stringContaining('answered by entry "sleep-and-recovery"') })]);
	});

	test('GIVEN an alternate that only makes a question ambiguous WHEN checked THEN no alternate is blamed for taking it, and the pair competes', async () => {
		const report = check(await miniWithSleepAlternates('why do my legs ache after leg day'));
		expect(report.steals).toEqual([]);
		expect(report.competitions).toEqual([expect.objectContaining({ a: 'muscle-soreness', b: 'sleep-and-recovery' })]);
	});
});
