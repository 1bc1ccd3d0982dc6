import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { askedFile } from '../../src/eval/asked.js';
import { readLabelledSet, type LabelledSet } from '../../src/eval/labelled-set.js';
import { labelledSet } from '../../src/eval/sets.js';
import { parseAsked } from '../../src/faq/asked-file.js';
import { PROJECT_DIR, SHIPPED_FAQ_DIR } from '../fixtures/faq.js';

const set = (in_scope: LabelledSet['in_scope']): LabelledSet => ({ in_scope, off_topic: [], urgent: [], non_urgent_health: [] });

describe('askedFile: the development set as the questions members asked', () => {
	test('GIVEN questions labelled with several entries THEN each is listed once, under the entry named first, entries in id order', () => {
		const text = askedFile(set([
			{ q: 'why so sore', ids: ['soreness', 'recovery'] },
			{ q: 'does  sleep\thelp', ids: ['recovery'] },
		]));
		const parsed = parseAsked(text, 'asked.txt');
		expect(parsed.ok && parsed.value.map(({ id, questions }) => ({ id, questions }))).toEqual([
			{ id: 'recovery', questions: ['does sleep help'] },
			{ id: 'soreness', questions: ['why so sore'] },
		]);
	});

	test.each([
		['# of reps for doms?', 'of reps for doms?'],
		['[hiit-inflammation]', 'hiit-inflammation'],
		['  is\nhiit ok  ', 'is hiit ok'],
		['[[hiit]]', 'hiit'],
		['[#hiit]', 'hiit'],
		['# # is hiit ok', 'is hiit ok'],
	])('GIVEN the question %j THEN it is written as %j, which reads back as a question and not as a comment or a header', (question, line) => {
		const parsed = parseAsked(askedFile(set([{ q: question, ids: ['hiit'] }])), 'asked.txt');
		expect(parsed.ok && parsed.value.map(({ id, questions }) => ({ id, questions }))).toEqual([{ id: 'hiit', questions: [line] }]);
	});

	test('GIVEN a question of marks alone THEN it is left out, and the file still reads back', () => {
		const parsed = parseAsked(askedFile(set([{ q: '# []', ids: ['hiit'] }, { q: 'is hiit ok', ids: ['hiit'] }])), 'asked.txt');
		expect(parsed.ok && parsed.value.map(({ id, questions }) => ({ id, questions }))).toEqual([{ id: 'hiit', questions: ['is hiit ok'] }]);
	});

	test('GIVEN the development set THEN the shipped faq/asked.txt is what `npm run -s asked` writes from it, and reads back as every in-scope question', async () => {
		const read = await readLabelledSet(`${PROJECT_DIR}${labelledSet('development').file}`);
		if (!read.ok) throw new Error('the development set does not load');
		const shipped = await readFile(`${SHIPPED_FAQ_DIR}asked.txt`, 'utf8');
		expect(shipped, 'faq/asked.txt is stale: run `npm run -s asked`').toBe(askedFile(read.value));
		const parsed = parseAsked(shipped, 'asked.txt');
		expect(parsed.ok && parsed.value.reduce((sum, { questions }) => sum + questions.length, 0)).toBe(read.value.in_scope.length);
	});
});
