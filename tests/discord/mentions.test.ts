import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { GatewayMessageCreateDispatchData } from 'discord.js';
import { DEFAULT_AUTO_ANSWER_CONFIDENCE } from '../../src/config.js';
import { createEngine } from '../../src/match/engine.js';
import { guildMessage, mention } from '../discord-server/payloads.js';
import { DEFAULT_IDS } from '../discord-server/world.js';
import type { RecordedRequest } from '../discord-server/server.js';
import { ambiguousBetween, answeredWith, channelPosts, newUser, startHarness, withVerdict, type Harness } from './harness.js';

const { generalChannelId, faqChannelId } = DEFAULT_IDS;
const HIIT = 'Does HIIT make inflammation worse?';

interface PostedReply {
	embeds: { title: string; color: number; fields: unknown[]; footer?: unknown }[];
	components: unknown[];
	allowed_mentions: unknown;
	message_reference: { message_id: string };
}

/** Resolves with the bot's reply to a message. */
async function replyTo(h: Harness, incoming: GatewayMessageCreateDispatchData): Promise<PostedReply> {
	const request = await h.server.waitForRequest((r) => isReplyTo(r, incoming.id));
	expect(request.path).toBe(`/channels/${incoming.channel_id}/messages`);
	return request.body as PostedReply;
}

function isReplyTo(request: RecordedRequest, messageId: string): boolean {
	const body = request.body as Partial<PostedReply> | undefined;
	return request.method === 'POST' && body?.message_reference?.message_id === messageId;
}

/**
 * Sends the message, then an answerable one from someone else in the auto-answer channel. The bot
 * handles messages in order, so once the second is answered, any answer to the first would
 * already have been sent: exactly one reply, to the second, means the first got silence.
 */
async function expectSilence(h: Harness, incoming: GatewayMessageCreateDispatchData): Promise<void> {
	const before = channelPosts(h.server).length;
	const probe = guildMessage({ content: 'does hiit cause inflammation?', channelId: faqChannelId, author: newUser() });
	h.server.dispatchMessage(incoming);
	h.server.dispatchMessage(probe);
	await replyTo(h, probe);
	const sent = channelPosts(h.server).slice(before);
	expect(sent.map((r) => (r.body as PostedReply).message_reference.message_id)).toEqual([probe.id]);
}

/**
 * Below the default auto-answer threshold, which is the tuned answer threshold: /ask here answers
 * from a lower one, so that questions fall between the two.
 */
const ANSWER_CONFIDENCE = 0.8;
/** Questions, one at least of which /ask answers here with a probability below the auto-answer default. */
const BETWEEN_THE_THRESHOLDS = [
	'a month in, shud i be seeing it yet',
	'is 30 min x5 the target?',
	'does stress make it worse long term',
	'eating clean + sleepin more help??',
	'do muscles tear when lifting',
	'sprints and inflammation?',
	'what triggers inflammation',
	'why am i sore after lifting',
	'does walking reduce inflammation',
	'stress and inflammation related?',
];

describe('questions in messages, with mentions and an auto-answer channel on', () => {
	let h: Harness;
	beforeAll(async () => {
		h = await startHarness({
			env: { ANSWER_MENTIONS: 'true', AUTO_ANSWER_CHANNEL_IDS: faqChannelId, ASK_COOLDOWN_SECONDS: '60', ANSWER_CONFIDENCE: String(ANSWER_CONFIDENCE) },
			engine: (engine) => withVerdict('is hiit ok-ish', answeredWith('hiit-inflammation', 0.6))(withVerdict('hiit or lifting?', ambiguousBetween('hiit-inflammation', 'heavy-lifting-sprinting'))(engine)),
		});
	});
	afterAll(() => h?.stop());

	test('GIVEN a message mentioning the bot THEN the answer is a reply to it that pings no one', async () => {
		const incoming = guildMessage({ content: `${mention(h.server.botUser.id)} does hiit cause inflammation?`, author: newUser() });

		h.server.dispatchMessage(incoming);
		const reply = await replyTo(h, incoming);

		expect(reply.message_reference).toEqual({ message_id: incoming.id, fail_if_not_exists: true });
		expect(reply.allowed_mentions).toEqual({ parse: [], replied_user: false });
		expect(reply.embeds[0]!.title).toBe(HIIT);
		expect(reply.components).toHaveLength(2);
	});

	test.each([
		{ given: 'only the mention', content: (bot: string) => mention(bot), title: () => 'Ask me a question' },
		{ given: 'the nickname form of the mention', content: (bot: string) => `<@!${bot}>`, title: () => 'Ask me a question' },
		{ given: 'the mention at the end', content: (bot: string) => `what is doms ${mention(bot)}`, title: () => h.faq.byId.get('muscle-soreness-doms')!.question },
	])('GIVEN $given THEN the mention is not part of the question', async ({ content, title }) => {
		const incoming = guildMessage({ content: content(h.server.botUser.id), author: newUser() });

		h.server.dispatchMessage(incoming);

		expect((await replyTo(h, incoming)).embeds[0]!.title).toBe(title());
	});

	test('GIVEN a mention asking something the FAQ lacks THEN the member is still answered', async () => {
		const incoming = guildMessage({ content: `${mention(h.server.botUser.id)} what is the capital of france`, author: newUser() });

		h.server.dispatchMessage(incoming);

		expect((await replyTo(h, incoming)).embeds[0]!.title).toBe("I don't have that one");
	});

	test('GIVEN a question the FAQ answers in the auto-answer channel THEN it is answered without a mention', async () => {
		const incoming = guildMessage({ content: 'does hiit cause inflammation?', channelId: faqChannelId, author: newUser() });

		h.server.dispatchMessage(incoming);
		const reply = await replyTo(h, incoming);

		expect(reply.embeds[0]!.title).toBe(HIIT);
		expect(reply.allowed_mentions).toEqual({ parse: [], replied_user: false });
	});

	test('GIVEN an emergency in the auto-answer channel THEN it is never ignored', async () => {
		const incoming = guildMessage({ content: 'my friend fainted after squats', channelId: faqChannelId, author: newUser() });

		h.server.dispatchMessage(incoming);
		const reply = await replyTo(h, incoming);

		expect(reply.embeds[0]).toMatchObject({ color: 0xd64545, fields: [] });
		expect(reply.embeds[0]!.footer).toBeUndefined();
		expect(reply.components).toEqual([]);
	});

	test('GIVEN an emergency told in a message longer than any question THEN it gets the emergency reply, not "too long"', async () => {
		const story = 'we were at the gym chatting about sleep and food and recovery and how our week went, '.repeat(8);
		const incoming = guildMessage({ content: `${mention(h.server.botUser.id)} ${story}and now my friend fainted after squats`, author: newUser() });

		h.server.dispatchMessage(incoming);
		const reply = await replyTo(h, incoming);

		expect(story.length).toBeGreaterThan(500);
		expect(reply.embeds[0]).toMatchObject({ color: 0xd64545, fields: [] });
		expect(reply.allowed_mentions).toEqual({ parse: [], replied_user: false });
	});

	test.each([
		{ given: 'an off-topic message', content: 'anyone watching the game tonight?' },
		{ given: 'an ambiguous question', content: 'hiit or lifting?' },
		{ given: 'an empty message', content: '' },
	])('GIVEN $given in the auto-answer channel THEN the bot stays silent', async ({ content }) => {
		await expectSilence(h, guildMessage({ content, channelId: faqChannelId, author: newUser() }));
	});

	test('GIVEN a question /ask would answer, but less likely right than AUTO_ANSWER_CONFIDENCE, THEN the bot stays silent in the auto-answer channel', async () => {
		// Which questions fall between the answer threshold and the auto-answer default moves with
		// every re-tune of the matcher; any one of them will do.
		const engine = createEngine(h.faq, { matcher: { answerConfidence: ANSWER_CONFIDENCE } });
		const content = BETWEEN_THE_THRESHOLDS.find((question) => {
			const verdict = engine.ask(question);
			return verdict.status === 'answered' && verdict.score < DEFAULT_AUTO_ANSWER_CONFIDENCE;
		});
		expect(content, `a question /ask answers at a probability from ${ANSWER_CONFIDENCE} to ${DEFAULT_AUTO_ANSWER_CONFIDENCE}`).toBeDefined();
		await expectSilence(h, guildMessage({ content: content!, channelId: faqChannelId, author: newUser() }));
	});

	test.each([
		{ given: 'another bot', author: () => newUser({ bot: true }) },
		{ given: 'the bot itself', author: () => h.server.botUser },
	])('GIVEN a question from $given THEN it is ignored', async ({ author }) => {
		await expectSilence(h, guildMessage({ content: `${mention(h.server.botUser.id)} does hiit cause inflammation?`, channelId: faqChannelId, author: author() }));
	});

	test('GIVEN a question without a mention outside the auto-answer channel THEN it is ignored', async () => {
		await expectSilence(h, guildMessage({ content: 'does hiit cause inflammation?', channelId: generalChannelId, author: newUser() }));
	});

	test('GIVEN a member in their cooldown THEN a second question gets silence, but an emergency still gets help', async () => {
		const member = newUser();
		const first = guildMessage({ content: 'what is doms', channelId: faqChannelId, author: member });
		h.server.dispatchMessage(first);
		await replyTo(h, first);

		await expectSilence(h, guildMessage({ content: `${mention(h.server.botUser.id)} does hiit cause inflammation?`, author: member }));

		const emergency = guildMessage({ content: 'I have chest pain and can not breathe', channelId: faqChannelId, author: member });
		h.server.dispatchMessage(emergency);
		expect((await replyTo(h, emergency)).embeds[0]!.color).toBe(0xd64545);
	});
});

describe('questions in messages, with only an auto-answer channel on', () => {
	let h: Harness;
	beforeAll(async () => {
		h = await startHarness({ env: { AUTO_ANSWER_CHANNEL_IDS: faqChannelId } });
	});
	afterAll(() => h?.stop());

	test('GIVEN a mention outside the auto-answer channel THEN it is ignored, as mentions are off', async () => {
		await expectSilence(h, guildMessage({ content: `${mention(h.server.botUser.id)} does hiit cause inflammation?`, author: newUser() }));
	});
});
