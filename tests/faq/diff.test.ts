import { describe, expect, test } from 'vitest';
import { describeDiff, diffFaqs, isUnchanged } from '../../src/faq/diff.js';
import type { Faq } from '../../src/faq/model.js';
import { buildFaq, entry, EXPERTS, SOURCES } from '../fixtures/faq.js';

const ICE = entry({ id: 'ice', question: 'Does ice help?', alternates: ['ice for swelling', 'cold pack on a knee', 'icing a sprain'] });
const REST = entry({ id: 'rest', question: 'Should I rest?', alternates: ['rest days', 'time off training', 'how often to rest'] });
const TIP = { id: 'tip-ice', text: 'Ice briefly.', entry: 'ice', experts: ['gardner'], sources: [] };

function pack(over: { entries?: Faq['entries']; tips?: Faq['tips']; experts?: typeof EXPERTS; disclaimer?: string } = {}): Faq {
	return buildFaq(over.entries ?? [ICE, REST], { tips: over.tips ?? [TIP], experts: over.experts ?? EXPERTS, sources: SOURCES, ...(over.disclaimer ? { disclaimer: over.disclaimer } : {}) });
}

describe('diffFaqs', () => {
	test.each([
		{ name: 'the same pack', after: pack(), lines: ['no changes'] },
		{ name: 'an entry added', after: pack({ entries: [ICE, REST, entry({ id: 'sleep', question: 'Does sleep help?', alternates: ['naps', 'bedtime', 'hours of sleep'] })] }), lines: ['entries added: sleep'] },
		{ name: 'an entry removed', after: pack({ entries: [ICE] }), lines: ['entries removed: rest'] },
		{
			name: 'an entry\'s question and alternates edited',
			after: pack({ entries: [{ ...ICE, question: 'Does ice help swelling?', alternates: [...ICE.alternates, 'ice bath'] }, REST] }),
			lines: ['entries edited: ice (question, alternates)'],
		},
		{ name: 'an answer edited', after: pack({ entries: [ICE, { ...REST, answer: 'Yes, now and then.' }] }), lines: ['entries edited: rest (answer)'] },
		{
			name: 'a tip swapped for another',
			after: pack({ tips: [{ ...TIP, id: 'tip-rest', entry: 'rest' }] }),
			lines: ['tips added: tip-rest', 'tips removed: tip-ice'],
		},
		{ name: 'an expert\'s credentials changed', after: pack({ experts: [{ ...EXPERTS[0]!, credentials: 'Professor' }, EXPERTS[1]!] }), lines: ['experts edited: gardner (credentials)'] },
		{ name: 'the disclaimer changed', after: pack({ disclaimer: 'Another disclaimer.' }), lines: ['changed: disclaimer.md'] },
	])('GIVEN $name WHEN diffed THEN it reads $lines', ({ after, lines }) => {
		const diff = diffFaqs(pack(), after);
		expect(describeDiff(diff)).toEqual(lines);
		expect(isUnchanged(diff)).toBe(lines[0] === 'no changes');
	});
});
