import { describe, expect, test } from 'vitest';
import { applyForm, formOf, suggestTags, uniqueId } from '../../src/moderation/entry-form.js';
import { entry } from '../fixtures/faq.js';

describe('uniqueId', () => {
	test.each([
		{ question: 'Does HIIT make inflammation worse?', taken: [], id: 'does-hiit-make-inflammation-worse' },
		{ question: 'Is a café crème OK after a run?', taken: [], id: 'is-a-cafe-creme-ok-after-a-run' },
		{ question: 'Does HIIT make inflammation worse?', taken: ['does-hiit-make-inflammation-worse', 'does-hiit-make-inflammation-worse-2'], id: 'does-hiit-make-inflammation-worse-3' },
		{ question: '???', taken: [], id: 'entry' },
		{ question: `Why ${'really '.repeat(20)}sore?`, taken: [], id: `why${'-really'.repeat(8)}` },
	])('GIVEN "$question" with $taken taken THEN the id is $id', ({ question, taken, id }) => {
		expect(uniqueId(question, new Set(taken))).toBe(id);
	});
});

describe('suggestTags', () => {
	test.each([
		{ question: 'Does HIIT make inflammation worse?', tags: ['hiit', 'make', 'inflammation', 'worse'] },
		{ question: 'What should I eat after yoga?', tags: ['yoga'] },
		{ question: 'Is ice ok?', tags: ['is-ice-ok'] },
	])('GIVEN "$question" THEN the tags are $tags', ({ question, tags }) => {
		expect(suggestTags(question)).toEqual(tags);
	});
});

describe('applyForm', () => {
	const ice = entry({ id: 'ice', question: 'Does ice help?', alternates: ['ice for swelling', 'cold pack on a knee', 'icing a sprain'], answer: 'Briefly.' });

	test('GIVEN an entry WHEN its form is applied unchanged THEN the entry is the same', () => {
		expect(applyForm(ice, formOf(ice))).toEqual(ice);
	});

	test('GIVEN text typed in a modal, with Windows line ends, blank lines and stray spaces WHEN applied THEN each alternate is one trimmed line and the answer keeps its paragraphs', () => {
		const applied = applyForm(ice, { question: '  Does ice\nhelp  swelling? ', answer: '\r\nFirst.\r\n\r\nSecond.\r\n', alternates: ' ice for swelling \r\n\r\n cold   pack \r\nicing a sprain' });
		expect(applied).toEqual({ ...ice, question: 'Does ice help swelling?', answer: 'First.\n\nSecond.', alternates: ['ice for swelling', 'cold pack', 'icing a sprain'] });
	});
});
