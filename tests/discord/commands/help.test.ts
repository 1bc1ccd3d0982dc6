import { MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chatInputInteraction } from '../../discord-server/payloads.js';
import { DEFAULT_IDS } from '../../discord-server/world.js';
import { startHarness, type Harness } from '../harness.js';

const COMMAND_LINES = [
	'`/ask` — Ask a question about exercise and inflammation',
	'`/faq browse` — Every topic and its questions, one click from the answer',
	'`/faq show` — Show one FAQ entry',
	"`/tip` — Today's tip about exercise and inflammation",
	'`/about` — What this bot is, where its answers come from, and who the experts are',
	'`/help` — The commands, briefly',
];

describe.each([
	{ given: 'slash commands only', env: {}, extra: [] },
	{
		given: 'mentions and an auto-answer channel',
		env: { ANSWER_MENTIONS: 'true', AUTO_ANSWER_CHANNEL_IDS: DEFAULT_IDS.faqChannelId },
		extra: [
			'',
			'You can also mention me with a question, like `@Cooldown does HIIT make inflammation worse?`.',
			'',
			`In <#${DEFAULT_IDS.faqChannelId}> I answer questions I know without a mention.`,
		],
	},
])('/help with $given', ({ env, extra }) => {
	let h: Harness;
	beforeAll(async () => {
		h = await startHarness({ env });
	});
	afterAll(() => h?.stop());

	test('GIVEN /help THEN only the member sees one line per command, and how to ask in messages when that is on', async () => {
		const { data } = await h.interact(chatInputInteraction({ name: 'help' }));

		expect(data.flags).toBe(MessageFlags.Ephemeral);
		expect(data.allowed_mentions).toEqual({ parse: [] });
		expect(data.embeds).toEqual([{ title: 'Cooldown commands', description: [...COMMAND_LINES, ...extra].join('\n'), color: 0x2f9e8f, fields: [] }]);
	});
});
