import { ButtonStyle, MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Entry, Faq } from '../../../src/faq/model.js';
import { autocompleteInteraction, chatInputInteraction } from '../../discord-server/payloads.js';
import { ambiguousBetween, customIds, newUser, startHarness, withVerdict, type Harness } from '../harness.js';

const DISCLAIMER_START = 'This FAQ is for informational and educational purposes only';
const GARDNER = 'Elizabeth Gardner, MD, Associate professor of orthopaedics and sports medicine at Yale University School of Medicine';
const ARCHAMBAULT = 'Schuyler Archambault, Physical therapist, certified strength and conditioning specialist';
const URGENT_RED = 0xd64545;

const ask = (question: string, options: { private?: boolean; user?: ReturnType<typeof newUser> } = {}) =>
	chatInputInteraction({
		name: 'ask',
		options: { question, ...(options.private === undefined ? {} : { private: options.private }) },
		user: options.user ?? newUser(),
	});

describe('/ask', () => {
	let h: Harness;
	beforeAll(async () => {
		h = await startHarness({ engine: withVerdict('hiit or lifting?', ambiguousBetween('hiit-inflammation', 'heavy-lifting-sprinting')) });
	});
	afterAll(() => h?.stop());

	test('GIVEN a question the FAQ answers THEN a public embed carries the answer, the experts with credentials, the sources and the disclaimer', async () => {
		const { type, data } = await h.interact(ask('does hiit cause inflammation?'));

		expect(type).toBe(4);
		expect(data.flags).toBeUndefined();
		expect(data.allowed_mentions).toEqual({ parse: [] });
		expect(data.embeds).toHaveLength(1);
		const [embed] = data.embeds!;
		expect(embed).toMatchObject({ title: 'Does HIIT make inflammation worse?', color: 0x2f9e8f });
		expect(embed!.description).toMatch(/^Not in the long run\./);
		const fields = embed!.fields as { name: string; value: string }[];
		expect(fields.map(({ name }) => name)).toEqual(['Experts', 'Sources']);
		expect(fields[0]!.value).toContain(`• ${GARDNER}`);
		expect(fields[0]!.value).toContain(`• ${ARCHAMBAULT}`);
		expect(fields[1]!.value).toContain('• Does Exercise Reduce Inflammation? Experts Break Down How It Works (Sarah Klein, Peloton)');
		expect(embed!.footer).toEqual({ text: h.faq.disclaimer });
	});

	test('GIVEN an answer THEN it has Helpful / Not helpful buttons and one button per related question', async () => {
		const { data } = await h.interact(ask('does hiit cause inflammation?'));

		expect(data.components).toEqual([
			{
				type: 1,
				components: [
					{ type: 2, style: ButtonStyle.Success, custom_id: 'feedback:up:hiit-inflammation', label: 'Helpful' },
					{ type: 2, style: ButtonStyle.Secondary, custom_id: 'feedback:down:hiit-inflammation', label: 'Not helpful' },
				],
			},
			{
				type: 1,
				components: h.faq.byId.get('hiit-inflammation')!.related.map((id) => ({
					type: 2,
					style: ButtonStyle.Secondary,
					custom_id: `answer:${id}`,
					label: h.faq.byId.get(id)!.question,
				})),
			},
		]);
	});

	test.each([
		{ given: 'private: true', options: { private: true }, flags: MessageFlags.Ephemeral },
		{ given: 'private: false', options: { private: false }, flags: undefined },
		{ given: 'no private option', options: {}, flags: undefined },
	])('GIVEN $given THEN the ephemeral flag is $flags', async ({ options, flags }) => {
		const { data } = await h.interact(ask('what is doms', options));

		expect(data.flags).toBe(flags);
		expect(data.embeds![0]!.title).toBe(h.faq.byId.get('muscle-soreness-doms')!.question);
	});

	test('GIVEN a picked suggestion THEN that exact entry is answered, whatever its marker would match as text', async () => {
		const { data } = await h.interact(ask('entry:lifestyle-habits'));

		expect(data.embeds![0]!.title).toBe(h.faq.byId.get('lifestyle-habits')!.question);
		expect(customIds(data)[0]).toEqual(['feedback:up:lifestyle-habits', 'feedback:down:lifestyle-habits']);
	});

	test.each([
		{ given: 'an off-topic question', question: 'what is the capital of france', title: "I don't have that one" },
		{ given: 'a marker naming no entry', question: 'entry:no-such-entry', title: "I don't have that one" },
		{ given: 'a blank question', question: '   ', title: 'Ask me a question' },
	])('GIVEN $given THEN a short reply with no buttons points to /faq browse', async ({ question, title }) => {
		const { data } = await h.interact(ask(question));

		expect(data.embeds).toEqual([{ title, description: expect.stringContaining('`/faq browse`'), color: 0x8a8f98, fields: [] }]);
		expect(data.components).toEqual([]);
		expect(data.allowed_mentions).toEqual({ parse: [] });
	});

	test('GIVEN an ambiguous question THEN "Did you mean…" offers one button per candidate', async () => {
		const { data } = await h.interact(ask('hiit or lifting?'));

		expect(data.embeds![0]).toMatchObject({ title: 'Did you mean…' });
		expect(data.components).toEqual([
			{
				type: 1,
				components: [
					{ type: 2, style: ButtonStyle.Primary, custom_id: 'answer:hiit-inflammation', label: 'Does HIIT make inflammation worse?' },
					{ type: 2, style: ButtonStyle.Primary, custom_id: 'answer:heavy-lifting-sprinting', label: h.faq.byId.get('heavy-lifting-sprinting')!.question },
				],
			},
		]);
	});

	test('GIVEN an emergency THEN the red emergency embed is sent with no FAQ content and no buttons', async () => {
		const { data } = await h.interact(ask('I have chest pain while running, what do I do'));

		const [embed] = data.embeds!;
		expect(embed).toMatchObject({ title: 'This could be an emergency — get help now', color: URGENT_RED, fields: [] });
		expect(embed!.footer).toBeUndefined();
		expect(embed!.description).toContain('emergency number');
		expect(data.components).toEqual([]);
		const sent = JSON.stringify(data);
		for (const entry of h.faq.entries) expect(sent).not.toContain(entry.question);
		expect(sent).not.toContain(DISCLAIMER_START);
	});

	test('GIVEN empty input THEN autocomplete offers the first questions, at most 25, each marking its entry', async () => {
		const { type, data } = await h.interact(autocompleteInteraction({ name: 'ask', focused: { name: 'question', value: '' } }));

		expect(type).toBe(8);
		const expected = h.faq.entries.slice(0, 25).map((entry) => ({ name: entry.question, value: `entry:${entry.id}` }));
		expect(data.choices).toEqual(expected);
		expect(data.allowed_mentions).toBeUndefined();
	});

	test('GIVEN typed text THEN the best match comes first', async () => {
		const { data } = await h.interact(autocompleteInteraction({ name: 'ask', focused: { name: 'question', value: 'hiit' } }));

		expect(data.choices![0]).toEqual({ name: 'Does HIIT make inflammation worse?', value: 'entry:hiit-inflammation' });
		expect(data.choices!.length).toBeLessThanOrEqual(25);
	});

	test.each(['my chest hurts after running and my arm is numb', 'i dont want to be here anymore'])(
		'GIVEN an emergency typed (%j) THEN no entry is offered, so what was typed reaches the emergency reply',
		async (value) => {
			const { type, data } = await h.interact(autocompleteInteraction({ name: 'ask', focused: { name: 'question', value } }));

			expect(type).toBe(8);
			expect(data.choices).toEqual([]);
			expect((await h.interact(ask(value))).data.embeds![0]!.color).toBe(URGENT_RED);
		},
	);
});

describe('/ask with an FAQ that ignores every Discord limit', () => {
	let h: Harness;
	beforeAll(async () => {
		h = await startHarness({
			engine: (engine) =>
				oversized(engine.faq, (faq) => ({
					...engine,
					faq,
					suggest: (_typed, limit) => faq.entries.slice(-limit).map(({ id, question }) => ({ id, question, score: 1 })),
				})),
		});
	});
	afterAll(() => h?.stop());

	test('GIVEN huge questions, answer and related list THEN the reply and the suggestions still fit', async () => {
		const { data } = await h.interact(ask('entry:huge'));

		const [embed] = data.embeds as { title: string; description: string; fields: { name: string; value: string }[]; footer: { text: string } }[];
		const total = embed!.title.length + embed!.description.length + embed!.footer.text.length + embed!.fields.reduce((n, f) => n + f.name.length + f.value.length, 0);
		expect(embed!.title.length).toBeLessThanOrEqual(256);
		expect(embed!.description.length).toBeLessThanOrEqual(4096);
		expect(total).toBeLessThanOrEqual(6000);
		expect(embed!.footer.text).toMatch(new RegExp(`^${DISCLAIMER_START}`));
		const rows = data.components as { components: { custom_id: string; label: string }[] }[];
		expect(rows.length).toBeLessThanOrEqual(5);
		for (const row of rows) {
			expect(row.components.length).toBeLessThanOrEqual(5);
			for (const button of row.components) {
				expect(button.label.length).toBeLessThanOrEqual(80);
				expect(button.custom_id.length).toBeLessThanOrEqual(100);
			}
		}
		// The related entry whose id is too long for a custom id is left out rather than sent broken.
		expect(customIds(data).flat()).not.toContain(`answer:${'x'.repeat(120)}`);

		const { data: completions } = await h.interact(autocompleteInteraction({ name: 'ask', focused: { name: 'question', value: '' } }));
		expect(completions.choices!.length).toBeLessThanOrEqual(25);
		for (const choice of completions.choices!) {
			expect(choice.name.length).toBeLessThanOrEqual(100);
			expect(choice.value.length).toBeLessThanOrEqual(100);
		}
		// 25 asked for; the one whose id is too long for a choice value is left out.
		expect(completions.choices).toHaveLength(24);
		expect(completions.choices![0]!.name).toMatch(/^Related question 16 q+…$/);
	});
});

/** The shipped FAQ plus an entry over every limit, related to 40 more with over-long questions. */
function oversized<T>(faq: Faq, use: (faq: Faq) => T): T {
	const template = faq.entries[0]!;
	const filler = (id: string, question: string): Entry => ({ ...template, id, question, related: [] });
	const related = [...Array.from({ length: 40 }, (_, i) => filler(`related-${i}`, `Related question ${i} ${'q'.repeat(200)}`)), filler('x'.repeat(120), 'Long id')];
	const huge: Entry = { ...template, id: 'huge', question: 'Q'.repeat(400), answer: 'A'.repeat(9000), related: related.map(({ id }) => id) };
	const entries = [...faq.entries, huge, ...related];
	return use({ ...faq, entries, byId: new Map(entries.map((entry) => [entry.id, entry])), disclaimer: `${faq.disclaimer} ${'D'.repeat(3000)}` });
}
