import { describe, expect, test } from 'vitest';
import type { Problem } from '../../src/faq/model.js';
import { discordFit } from '../../src/moderation/discord-fit.js';
import { all, edit, loadMutated, SHIPPED_FAQ_DIR, write, type Mutation } from '../fixtures/faq.js';
import { loadFaq } from '../../src/faq/load.js';
import { answerReply } from '../../src/reply/build.js';
import { embedLength, rawEmbed } from '../../src/reply/embed.js';

const SORE = 'entries/muscle-soreness.md';
const soreEdit = (change: (text: string) => string) => edit(SORE, change);
const longAnswer = (length: number) => soreEdit((text) => text.replace(/^That is delayed onset.*$/m, 'a'.repeat(length)));
const longCredentials = edit('experts.yaml', (text) => text.replace('credentials: Physical therapist and strength coach', `credentials: ${'Coach '.repeat(200).trim()}`));

/** discordFit on a mutated copy of the mini pack, which must still load. */
async function fitAfter(mutate: Mutation): Promise<Problem[]> {
	const loaded = await loadMutated(mutate);
	if (!loaded.ok) throw new Error(`test setup: the pack must load: ${JSON.stringify(loaded.errors)}`);
	return discordFit(loaded.value);
}

describe('discordFit', () => {
	test('GIVEN the shipped pack THEN everything fits', async () => {
		const loaded = await loadFaq(SHIPPED_FAQ_DIR);
		expect(loaded.ok && discordFit(loaded.value)).toEqual([]);
	});

	test.each([
		{
			name: 'a question longer than 100 characters',
			mutate: soreEdit((t) => t.replace('Why are my muscles sore after a workout?', `Why ${'really '.repeat(14)}sore?`)),
			expected: [{ file: SORE, entry: 'muscle-soreness', field: 'question', message: 'is 107 characters; Discord shows at most 100 in a suggestion' }],
		},
		{
			name: 'an answer longer than 4096 characters',
			mutate: longAnswer(4097),
			expected: [{ file: SORE, entry: 'muscle-soreness', field: 'answer', message: 'is 4097 characters; a Discord embed holds at most 4096' }],
		},
		{
			name: 'an answer, attribution and disclaimer together over 6000 characters',
			mutate: all(longAnswer(4000), write('disclaimer.md', 'd'.repeat(2000))),
			expected: [{ file: SORE, entry: 'muscle-soreness', field: 'answer', message: expect.stringMatching(/^the whole answer with its attribution and disclaimer is \d+ characters; a Discord embed holds at most 6000$/) }],
		},
		{
			name: 'credentials too long for an answer, of an expert two entries name',
			mutate: longCredentials,
			expected: [{ file: 'experts.yaml', entry: 'archambault', message: expect.stringMatching(/^its name and credentials come to 1\d{3} characters in an answer's "Expert" section; Discord allows 1024$/) }],
		},
		{
			name: 'a source whose caveat is too long, that every entry names',
			mutate: edit('sources.yaml', (t) => t.replace('    publisher: Peloton\n', `    publisher: Peloton\n    caveat: ${'Preliminary. '.repeat(90).trim()}\n`)),
			expected: [{ file: 'sources.yaml', entry: 'article', message: expect.stringContaining('in an answer\'s "Sources" section; Discord allows 1024') }],
		},
		{
			name: 'a tip longer than an embed holds',
			mutate: edit('tips.yaml', (t) => t.replace('text: Sleep is when muscles repair.', `text: ${'z'.repeat(4097)}`)),
			expected: [{ file: 'tips.yaml', entry: 'tip-two', field: 'tips.1.text', message: 'is 4097 characters; a Discord embed holds at most 4096' }],
		},
		{
			name: 'a tip that fits alone but not with its credits and the disclaimer',
			mutate: all(
				edit('tips.yaml', (t) => t.replace('text: Sleep is when muscles repair.', `text: ${'z'.repeat(4000)}`)),
				write('disclaimer.md', 'd'.repeat(2000)),
			),
			expected: [{ file: 'tips.yaml', entry: 'tip-two', field: 'tips.1.text', message: expect.stringMatching(/^the whole tip with its credits and disclaimer is 60\d\d characters; a Discord embed holds at most 6000$/) }],
		},
		{
			name: 'a disclaimer longer than an embed footer holds',
			mutate: write('disclaimer.md', 'Not medical advice. '.repeat(120)),
			expected: [{ file: 'disclaimer.md', message: 'is 2399 characters; Discord shows at most 2048 under an answer' }],
		},
	])('GIVEN $name WHEN checked THEN it is reported once, where it is to be fixed', async ({ mutate, expected }) => {
		expect(await fitAfter(mutate)).toEqual(expected);
	});

	test('GIVEN two experts that fit alone but not together in one answer WHEN checked THEN the entry naming both is told to name fewer', async () => {
		const longish = (text: string) => `credentials: ${text} ${'and more '.repeat(60).trim()}`;
		const problems = await fitAfter(
			edit('experts.yaml', (t) => t.replace('credentials: Physical therapist and strength coach', longish('Physical therapist')).replace('credentials: Associate professor of orthopaedics and sports medicine', longish('Professor'))),
		);
		expect(problems).toEqual([{ file: SORE, entry: 'muscle-soreness', field: 'experts', message: expect.stringMatching(/^the "Experts" section is \d+ characters; Discord allows 1024: name fewer$/) }]);
	});

	test('GIVEN an answer that fits alone but not beside "You also asked" WHEN checked THEN it is refused', async () => {
		const loaded = await loadMutated(write('disclaimer.md', 'd'.repeat(2000)));
		if (!loaded.ok) throw new Error('test setup: the pack must load');
		const sore = loaded.value.byId.get('muscle-soreness')!;
		const room = 6000 - (embedLength(rawEmbed(answerReply(sore, loaded.value))) - sore.answer.length);
		const problems = await fitAfter(all(write('disclaimer.md', 'd'.repeat(2000)), longAnswer(room - 10)));
		expect(problems).toEqual([{ file: SORE, entry: 'muscle-soreness', field: 'answer', message: expect.stringMatching(/^the whole answer with its attribution and disclaimer is 60\d\d characters/) }]);
	});

	test.each([
		{ name: 'an answer of exactly 4096 characters', mutate: longAnswer(4096) },
		{ name: 'a question of exactly 100 characters', mutate: soreEdit((t) => t.replace('Why are my muscles sore after a workout?', `Why ${'x'.repeat(95)}?`)) },
	])('GIVEN $name WHEN checked THEN it fits', async ({ mutate }) => {
		expect(await fitAfter(mutate)).toEqual([]);
	});
});
