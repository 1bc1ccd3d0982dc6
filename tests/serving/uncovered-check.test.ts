import { describe, expect, test } from 'vitest';
import { checkUncoveredNamed } from '../../src/serving/uncovered-check.js';
import { entry } from '../fixtures/faq.js';

const hiit = (over: { alternates?: string[]; tags?: string[]; question?: string }) =>
	entry({ id: 'hiit', question: over.question ?? 'Does HIIT make inflammation worse?', alternates: over.alternates ?? [], tags: over.tags ?? [] });
const check = (uncovered: string[], over: Parameters<typeof hiit>[0], uncoveredNames: Record<string, string> = {}) =>
	checkUncoveredNamed({ entries: [hiit(over)], pack: { uncovered, uncoveredNames } });

describe('checkUncoveredNamed: an entry must not say a subject pack.yaml lists as uncovered', () => {
	test.each([
		['an alternate', ['meds'], { alternates: ['is hiit ok', 'can I take my meds before hiit'] }, 'alternates[1]', 'meds'],
		['a plural of the phrase', ['energy drink'], { alternates: ['are energy drinks bad before hiit'] }, 'alternates[0]', 'energy drink'],
		['a tag', ['sauna'], { tags: ['intervals', 'sauna'] }, 'tags[1]', 'sauna'],
		['the question', ['ibuprofen'], { question: 'Should I take ibuprofen after HIIT?' }, 'question', 'ibuprofen'],
	])('GIVEN %s that says an uncovered subject THEN the line is named, with the phrase', (_, uncovered, over, field, phrase) => {
		expect(check(uncovered, over)).toEqual([
			{ file: 'entries/hiit.md', entry: 'hiit', field, message: expect.stringContaining(`says "${phrase}", which pack.yaml lists as a subject the FAQ does not cover`) },
		]);
	});

	test('GIVEN an entry that says a phrase of a named subject THEN the subject is named beside the phrase', () => {
		const [problem] = check(['heart rate zone', 'what heart rate'], { alternates: ['what heart rate is best for hiit'] }, { 'heart rate zone': 'heart rate zones', 'what heart rate': 'heart rate zones' });
		expect(problem?.message).toContain('says "what heart rate", which pack.yaml lists as a subject the FAQ does not cover (under "heart rate zones")');
	});

	test.each([
		['another form of the word', ['fasting'], { alternates: ['hiit on a fast day'] }],
		['the phrase\'s words apart', ['energy drink'], { alternates: ['does a drink of water give energy for hiit'] }],
		['nothing of the list', ['sauna', 'meds'], { alternates: ['is hiit every day too much'], tags: ['intervals'] }],
	])('GIVEN an entry that says %s THEN nothing is reported', (_, uncovered, over) => {
		expect(check(uncovered, over)).toEqual([]);
	});
});
