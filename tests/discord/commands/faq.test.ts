import { ComponentType, MessageFlags } from 'discord.js';
import type { APIMessage } from 'discord.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Entry, Faq } from '../../../src/faq/model.js';
import { autocompleteInteraction, chatInputInteraction, message, stringSelectInteraction } from '../../discord-server/payloads.js';
import { botUser, DEFAULT_IDS } from '../../discord-server/world.js';
import { customIds, startHarness, type CallbackBody, type Harness } from '../harness.js';

interface Menu {
	type: number;
	custom_id: string;
	options: { label: string; value: string; description?: string; default?: boolean }[];
}

const menus = (data: CallbackBody['data']) => (data.components ?? []).map((row) => row.components[0] as unknown as Menu);

/** The message a menu was on, as Discord sends it with a component interaction. */
const carrying = (data: CallbackBody['data']): APIMessage => ({
	...message({ channelId: DEFAULT_IDS.generalChannelId, author: botUser() }),
	components: data.components as APIMessage['components'],
	flags: MessageFlags.Ephemeral,
});

describe('/faq', () => {
	let h: Harness;
	beforeAll(async () => {
		h = await startHarness();
	});
	afterAll(() => h?.stop());

	test('GIVEN /faq browse THEN only the member sees a menu of every topic, in FAQ order, with its question count', async () => {
		const { type, data } = await h.interact(chatInputInteraction({ name: 'faq', subcommand: 'browse' }));

		expect(type).toBe(4);
		expect(data.flags).toBe(MessageFlags.Ephemeral);
		expect(data.allowed_mentions).toEqual({ parse: [] });
		expect(data.embeds![0]).toMatchObject({ title: 'Browse the Cooldown FAQ' });
		const count = h.faq.entries.filter(({ topic }) => topic === 'Types of exercise').length;
		expect(data.embeds![0]!.description).toContain(`**Types of exercise** · ${count} questions`);
		expect(customIds(data)).toEqual([['faq:topic:0']]);
		const [topics] = menus(data);
		expect(topics!.type).toBe(ComponentType.StringSelect);
		expect(topics!.options.map(({ label }) => label)).toEqual([...new Set(h.faq.entries.map(({ topic }) => topic))]);
		expect(topics!.options.find(({ label }) => label === 'Types of exercise')).toEqual({
			label: 'Types of exercise',
			value: 'Types of exercise',
			description: `${count} questions`,
			default: false,
		});
	});

	test('GIVEN a topic picked and then a question THEN the browse message lists that topic\'s questions, and the pick answers it', async () => {
		const browse = await h.interact(chatInputInteraction({ name: 'faq', subcommand: 'browse' }));

		const update = await h.interact(
			stringSelectInteraction({ customId: 'faq:topic:0', values: ['Types of exercise'], message: carrying(browse.data) }),
		);

		expect(update.type).toBe(7);
		expect(update.data.allowed_mentions).toEqual({ parse: [] });
		expect(update.data.embeds![0]).toMatchObject({ title: 'Types of exercise' });
		expect(customIds(update.data)).toEqual([['faq:topic:0'], ['faq:entry:0']]);
		const [topics, questions] = menus(update.data);
		expect(topics!.options.filter((option) => option.default).map(({ label }) => label)).toEqual(['Types of exercise']);
		const typesOfExercise = h.faq.entries.filter(({ topic }) => topic === 'Types of exercise');
		expect(questions!.options).toEqual(typesOfExercise.map(({ id, question }) => ({ label: question, value: id })));

		const answer = await h.interact(stringSelectInteraction({ customId: 'faq:entry:0', values: ['yoga-gentle-exercise'], message: carrying(update.data) }));

		expect(answer.type).toBe(4);
		expect(answer.data.flags).toBe(MessageFlags.Ephemeral);
		expect(answer.data.embeds![0]!.title).toBe(h.faq.byId.get('yoga-gentle-exercise')!.question);
		expect(customIds(answer.data)[0]).toEqual(['feedback:up:yoga-gentle-exercise', 'feedback:down:yoga-gentle-exercise']);
	});

	test('GIVEN /faq show with a picked entry THEN that entry is shown publicly', async () => {
		const { data } = await h.interact(chatInputInteraction({ name: 'faq', subcommand: 'show', options: { entry: 'entry:acute-vs-chronic' } }));

		expect(data.flags).toBeUndefined();
		expect(data.allowed_mentions).toEqual({ parse: [] });
		expect(data.embeds![0]!.title).toBe(h.faq.byId.get('acute-vs-chronic')!.question);
	});

	test('GIVEN /faq show with text that names no entry THEN only the member is told to pick one or use /ask', async () => {
		const { data } = await h.interact(chatInputInteraction({ name: 'faq', subcommand: 'show', options: { entry: 'yoga' } }));

		expect(data).toMatchObject({
			content: 'That is not one of the FAQ questions. Pick one from the list as you type, or ask in your own words with `/ask`.',
			flags: MessageFlags.Ephemeral,
			allowed_mentions: { parse: [] },
		});
	});

	test('GIVEN typing in /faq show THEN autocomplete suggests entries like /ask does', async () => {
		const { type, data } = await h.interact(
			autocompleteInteraction({ name: 'faq', subcommand: 'show', focused: { name: 'entry', value: 'yoga' } }),
		);

		expect(type).toBe(8);
		expect(data.choices![0]).toEqual({ name: h.faq.byId.get('yoga-gentle-exercise')!.question, value: 'entry:yoga-gentle-exercise' });
	});
});

describe('/faq browse with more topics and questions than a message can hold', () => {
	let h: Harness;
	beforeAll(async () => {
		h = await startHarness({ engine: (engine) => ({ ...engine, faq: crowded(engine.faq) }) });
	});
	afterAll(() => h?.stop());

	test('GIVEN 60 topics and a topic of 90 questions THEN every menu stays within Discord\'s limits', async () => {
		const browse = await h.interact(chatInputInteraction({ name: 'faq', subcommand: 'browse' }));
		const update = await h.interact(stringSelectInteraction({ customId: 'faq:topic:0', values: ['Topic 0'], message: carrying(browse.data) }));

		for (const { data } of [browse, update]) {
			expect(data.components!.length).toBeLessThanOrEqual(5);
			const ids = customIds(data).flat();
			expect(new Set(ids).size).toBe(ids.length);
			for (const menu of menus(data)) {
				expect(menu.options.length).toBeGreaterThan(0);
				expect(menu.options.length).toBeLessThanOrEqual(25);
				for (const option of menu.options) {
					expect(option.label.length).toBeLessThanOrEqual(100);
					expect(option.value.length).toBeLessThanOrEqual(100);
				}
			}
		}
		expect(customIds(update.data)).toEqual([['faq:topic:0'], ['faq:topic:1'], ['faq:entry:0'], ['faq:entry:1'], ['faq:entry:2']]);
	});
});

function crowded(faq: Faq): Faq {
	const template = faq.entries[0]!;
	const entry = (topic: number, n: number): Entry => ({ ...template, id: `t${topic}-q${n}`, topic: `Topic ${topic}`, question: `Question ${n} ${'?'.repeat(150)}` });
	const entries = [...Array.from({ length: 90 }, (_, n) => entry(0, n)), ...Array.from({ length: 59 }, (_, t) => entry(t + 1, 0))];
	return { ...faq, entries, byId: new Map(entries.map((e) => [e.id, e])) };
}
