import { describe, expect, test } from 'vitest';
import { parseAsked } from '../../src/faq/asked-file.js';

describe('parseAsked: questions members asked, under the entry that answers them', () => {
	test('GIVEN headers, questions, comments and blank lines THEN each header gets the questions below it, trimmed, and its line', () => {
		const source = '# members asked\n[muscle-soreness]\n  legs cooked after squats \nwhy so sore\n\n[sleep]\r\n# a comment\ndoes sleep help\n';
		expect(parseAsked(source, 'asked.txt')).toEqual({
			ok: true,
			value: [
				{ id: 'muscle-soreness', line: 2, questions: ['legs cooked after squats', 'why so sore'] },
				{ id: 'sleep', line: 6, questions: ['does sleep help'] },
			],
		});
	});

	test.each([
		{ name: 'a question before any header', source: 'why so sore\n[sleep]\nx', line: 1, message: /before any \[entry-id\] header/ },
		{ name: 'a header that is not an id', source: '[Muscle Soreness]\nwhy so sore', line: 1, message: /the entry id in \[Muscle Soreness\] must be a lowercase slug/ },
		{ name: 'the same header twice', source: '[sleep]\na\n[sore]\nb\n[sleep]\nc', line: 5, message: /\[sleep\] is already a header on line 1/ },
	])('GIVEN $name THEN it is reported on its line', ({ source, line, message }) => {
		const result = parseAsked(source, 'asked.txt');
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.errors).toEqual([expect.objectContaining({ file: 'asked.txt', line, message: expect.stringMatching(message) })]);
	});
});
