import { describe, expect, test } from 'vitest';
import { createAnalyzer } from '../../src/match/analyzer.js';
import { groupKey, groupQuestions } from '../../src/moderation/unanswered.js';
import type { UnansweredQuestion } from '../../src/store/store.js';

const analyzer = createAnalyzer([['exercise', 'workout', 'training', 'gym']]);
const terms = (text: string) => analyzer.terms(text);
const q = (text: string, count = 1, status: UnansweredQuestion['status'] = 'no_match'): UnansweredQuestion => ({ text, count, status });

describe('groupQuestions', () => {
	test.each([
		{
			given: 'two wordings of one question (synonyms, case, punctuation)',
			questions: [q('is sauna good after a workout', 3), q('Sauna after training good??', 2)],
			groups: [['is sauna good after a workout', 'Sauna after training good??']],
		},
		{
			given: 'questions about different things',
			questions: [q('is sauna good after a workout'), q('best protein powder')],
			groups: [['best protein powder'], ['is sauna good after a workout']],
		},
		{
			given: 'a question sharing one word of three with another',
			questions: [q('sauna after workout', 2), q('sauna before bed')],
			groups: [['sauna after workout'], ['sauna before bed']],
		},
		{
			given: 'questions of filler words only',
			questions: [q('what??', 2), q('What'), q('hello there')],
			groups: [['what??', 'What'], ['hello there']],
		},
	])('GIVEN $given THEN the groups are $groups', ({ questions, groups }) => {
		expect(groupQuestions(questions, terms).map(({ texts }) => texts)).toEqual(groups);
	});

	test('GIVEN a group THEN it is named by its most asked wording, counts every ask, and is "no_match" if any wording was', () => {
		const [group] = groupQuestions([q('Sauna after training good??', 2, 'ambiguous'), q('is sauna good after a workout', 3, 'ambiguous'), q('sauna good after gym?', 1)], terms);
		expect(group).toEqual({
			key: groupKey('is sauna good after a workout'),
			text: 'is sauna good after a workout',
			texts: ['is sauna good after a workout', 'Sauna after training good??', 'sauna good after gym?'],
			count: 6,
			status: 'no_match',
		});
		expect(group!.key).toMatch(/^[\w-]{12}$/);
	});

	test('GIVEN groups THEN the most asked comes first', () => {
		expect(groupQuestions([q('ice bath', 1), q('best protein powder', 4), q('protein powder best?', 1)], terms).map(({ text, count }) => [text, count])).toEqual([
			['best protein powder', 5],
			['ice bath', 1],
		]);
	});
});
