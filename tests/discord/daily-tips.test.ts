import { ButtonStyle, OverwriteType, PermissionFlagsBits } from 'discord.js';
import { afterEach, describe, expect, test } from 'vitest';
import type { Faq } from '../../src/faq/model.js';
import { tipNonce } from '../../src/discord/tip-poster.js';
import { describeTip } from '../../src/tips/today.js';
import { chatInputInteraction } from '../discord-server/payloads.js';
import type { RecordedRequest } from '../discord-server/server.js';
import { DEFAULT_IDS, defaultWorld, everyoneRole, EVERYONE_PERMISSIONS, textChannel } from '../discord-server/world.js';
import { TestClock } from '../fixtures/clock.js';
import { tempDatabase } from '../fixtures/store.js';
import { startHarness, type Harness, type HarnessOptions } from './harness.js';

const TIP_CHANNEL = DEFAULT_IDS.faqChannelId;
const MODERATOR = { permissions: BigInt(EVERYONE_PERMISSIONS) | PermissionFlagsBits.ManageGuild };

/** Everything a test started, stopped after it whatever happened. */
const running: { stop(): Promise<void> }[] = [];
afterEach(async () => {
	for (const item of running.splice(0).reverse()) await item.stop();
});

async function harness(options: HarnessOptions): Promise<Harness> {
	const h = await startHarness(options);
	running.push(h);
	return h;
}

async function database(): Promise<string> {
	const db = await tempDatabase();
	running.push({ stop: db.remove });
	return db.path;
}

/** `/dailytip …` from a moderator; resolves with the bot's reply text. */
async function dailytip(h: Harness, subcommand: string, options: Record<string, string> = {}, channel: string = TIP_CHANNEL): Promise<string> {
	const target = h.server.guild.channels.find(({ id }) => id === channel) ?? h.server.guild.channels[0]!;
	const interaction = chatInputInteraction({ name: 'dailytip', subcommand, options, member: MODERATOR, ...(subcommand === 'set' ? { channels: { channel: target } } : {}) });
	const { data } = await h.interact(interaction);
	return String(data.content ?? JSON.stringify(data.embeds));
}

/** Daily posts the bot sent to the tip channel, whatever Discord answered. */
function tipPosts(h: Harness): RecordedRequest[] {
	return h.server.requests.filter(({ method, path }) => method === 'POST' && path === `/channels/${TIP_CHANNEL}/messages`);
}

/** Moves the test clock and waits until the bot has done what came due. */
async function at(h: Harness, clock: TestClock, instant: string | number): Promise<void> {
	clock.set(instant);
	await h.bot.idle();
}

/** The exact request body of a daily post of `tipIndex` in the shipped FAQ, for the local `date`. */
function expectedPost(faq: Faq, tipIndex: number, date: string) {
	const { tip, entry, attribution } = describeTip(faq, faq.tips[tipIndex]!);
	const label = entry.question.length <= 80 ? entry.question : `${entry.question.slice(0, 79).trimEnd()}…`;
	return {
		embeds: [{ title: 'Tip of the day', description: tip.text, color: 0x2f9e8f, fields: [{ name: 'From', value: attribution }], footer: { text: faq.disclaimer } }],
		components: [{ type: 1, components: [{ type: 2, style: ButtonStyle.Primary, custom_id: `answer:${entry.id}`, label }] }],
		allowed_mentions: { parse: [] },
		nonce: tipNonce(TIP_CHANNEL, date),
		enforce_nonce: true,
	};
}

describe('daily tips are posted at the set local time across daylight-saving changes', () => {
	test.each([
		{
			given: '02:30 America/New_York over spring-forward (no 02:30 on 8 March: 03:00 EDT)',
			zone: 'America/New_York',
			time: '02:30',
			setAt: '2026-03-07T12:00:00Z',
			posts: [
				{ at: '2026-03-08T07:00:00Z', date: '2026-03-08' },
				{ at: '2026-03-09T06:30:00Z', date: '2026-03-09' },
			],
			quiet: [],
		},
		{
			given: '01:30 America/New_York over fall-back (01:30 twice on 1 November: the first)',
			zone: 'America/New_York',
			time: '01:30',
			setAt: '2026-10-31T12:00:00Z',
			posts: [
				{ at: '2026-11-01T05:30:00Z', date: '2026-11-01' },
				{ at: '2026-11-02T06:30:00Z', date: '2026-11-02' },
			],
			quiet: ['2026-11-01T06:30:00Z'],
		},
		{
			given: '01:30 Europe/London over spring-forward (no 01:30 on 29 March: 02:00 BST)',
			zone: 'Europe/London',
			time: '01:30',
			setAt: '2026-03-28T12:00:00Z',
			posts: [
				{ at: '2026-03-29T01:00:00Z', date: '2026-03-29' },
				{ at: '2026-03-30T00:30:00Z', date: '2026-03-30' },
			],
			quiet: [],
		},
		{
			given: '01:30 Europe/London over fall-back (01:30 twice on 25 October: the first)',
			zone: 'Europe/London',
			time: '01:30',
			setAt: '2026-10-24T12:00:00Z',
			posts: [
				{ at: '2026-10-25T00:30:00Z', date: '2026-10-25' },
				{ at: '2026-10-26T01:30:00Z', date: '2026-10-26' },
			],
			quiet: ['2026-10-25T01:30:00Z'],
		},
	])('GIVEN $given THEN each post goes out at its instant, not a millisecond before, once a local day', async ({ zone, time, setAt, posts, quiet }) => {
		const clock = new TestClock(setAt);
		const h = await harness({ clock });
		await dailytip(h, 'set', { time, timezone: zone });

		for (const [index, post] of posts.entries()) {
			await at(h, clock, Date.parse(post.at) - 1);
			expect(tipPosts(h)).toHaveLength(index);
			await at(h, clock, post.at);
			expect(tipPosts(h)).toHaveLength(index + 1);
			expect(tipPosts(h)[index]!.body).toEqual(expectedPost(h.faq, index, post.date));
			for (const instant of index === 0 ? quiet : []) {
				await at(h, clock, instant);
				expect(tipPosts(h)).toHaveLength(1);
			}
		}
	});
});

describe('exactly once', () => {
	const SET_AT = '2026-06-10T05:00:00Z';
	const SLOT = '2026-06-10T07:00:00Z'; // 08:00 in London (BST)

	test('GIVEN a post went out WHEN the bot restarts on the same database the same minute THEN it is not posted again', async () => {
		const clock = new TestClock(SET_AT);
		const h = await harness({ clock, env: { DATABASE_PATH: await database() } });
		await dailytip(h, 'set', { time: '08:00', timezone: 'Europe/London' });
		await at(h, clock, SLOT);
		expect(tipPosts(h)).toHaveLength(1);

		await h.restart();
		await h.bot.idle();
		await at(h, clock, Date.parse(SLOT) + 30 * 60_000);
		expect(tipPosts(h)).toHaveLength(1);
	});

	test('GIVEN two bots sharing one database file WHEN the post comes due for both at once THEN exactly one of them posts it', async () => {
		const clock = new TestClock(SET_AT);
		const file = await database();
		const first = await harness({ clock, env: { DATABASE_PATH: file } });
		const second = await harness({ clock, env: { DATABASE_PATH: file } });
		await dailytip(first, 'set', { time: '08:00', timezone: 'Europe/London' });

		clock.set(SLOT);
		await Promise.all([first.bot.idle(), second.bot.idle()]);
		expect(tipPosts(first).length + tipPosts(second).length).toBe(1);
	});

	test('GIVEN two servers whose tips come due at the same minute THEN each channel gets its own post', async () => {
		const clock = new TestClock(SET_AT);
		const world = defaultWorld();
		const other = { guildId: '1200000000000000002', channelId: '1300000000000000009' };
		world.guilds.push({ ...world.guilds[0]!, id: other.guildId, name: 'Another Guild', channels: [textChannel(other.guildId, 'tips', other.channelId, 0)], roles: [everyoneRole(other.guildId)] });
		const h = await harness({ clock, world, env: { DATABASE_PATH: await database() } });
		await dailytip(h, 'set', { time: '08:00', timezone: 'Europe/London' });
		const tips = world.guilds[1]!.channels[0]!;
		const interaction = chatInputInteraction({ name: 'dailytip', subcommand: 'set', guildId: other.guildId, options: { time: '08:00', timezone: 'Europe/London' }, member: MODERATOR, channels: { channel: tips } });
		expect((await h.interact(interaction)).data.content).toMatch(/^Daily tips are on: every day at 08:00/);

		await at(h, clock, SLOT);

		expect(h.server.messagesIn(TIP_CHANNEL).map(({ embeds }) => embeds[0]?.title)).toEqual(['Tip of the day']);
		expect(h.server.messagesIn(other.channelId).map(({ embeds }) => embeds[0]?.title)).toEqual(['Tip of the day']);
	});

	test("GIVEN Discord took the post but its answer was lost THEN the retry gets Discord's message back and the channel has the tip once", async () => {
		const clock = new TestClock(SET_AT);
		const h = await harness({ clock });
		await dailytip(h, 'set', { time: '08:00', timezone: 'Europe/London' });
		h.server.failNext('POST', `/channels/${TIP_CHANNEL}/messages`, { status: 500, times: 4, afterHandling: true });

		await at(h, clock, SLOT);
		expect(await dailytip(h, 'status')).toContain('2026-06-10: failed, Discord answered 500');
		await at(h, clock, Date.parse(SLOT) + 60_000);
		expect(tipPosts(h).map(({ status }) => status)).toEqual([500, 500, 500, 500, 200]);
		expect(h.server.messagesIn(TIP_CHANNEL)).toHaveLength(1);
		expect(await dailytip(h, 'status')).toContain('2026-06-10: posted');
	});
});

describe('a bot that was down at the set time', () => {
	test('GIVEN it comes back later the same local day THEN it posts once; days that ended while it was down are skipped', async () => {
		const clock = new TestClock('2026-06-10T05:00:00Z');
		const h = await harness({ clock, env: { DATABASE_PATH: await database() } });
		await dailytip(h, 'set', { time: '08:00', timezone: 'Europe/London' });

		// Down over 10 and 11 June, back on the 12th before 08:00: nothing is made up.
		await h.restart(() => clock.set('2026-06-12T06:00:00Z'));
		await h.bot.idle();
		expect(tipPosts(h)).toHaveLength(0);
		await at(h, clock, '2026-06-12T07:00:00Z');
		expect(tipPosts(h)).toHaveLength(1);

		// Down over 08:00 on the 13th, back at 15:00: the day's tip at once, and only once.
		await h.restart(() => clock.set('2026-06-13T14:00:00Z'));
		await h.bot.idle();
		expect(tipPosts(h)).toHaveLength(2);
		expect(tipPosts(h)[1]!.body).toMatchObject({ nonce: tipNonce(TIP_CHANNEL, '2026-06-13') });
		await at(h, clock, '2026-06-13T22:59:00Z');
		expect(tipPosts(h)).toHaveLength(2);
	});
});

describe('a channel the bot cannot post in', () => {
	const botOverwrite = (deny: bigint) => [{ id: DEFAULT_IDS.applicationId, type: OverwriteType.Member, allow: '0', deny: deny.toString() }];

	test.each([
		{ given: 'the channel was deleted', status: 404, reason: 'the channel no longer exists (Unknown Channel, Discord error 10003)', breakIt: (h: Harness) => h.server.deleteChannel(TIP_CHANNEL) },
		{ given: 'the bot may not see it', status: 403, reason: 'I cannot see the channel (Missing Access, Discord error 50001)', breakIt: (h: Harness) => h.server.setChannelOverwrites(TIP_CHANNEL, botOverwrite(PermissionFlagsBits.ViewChannel)) },
		{ given: 'the bot may not post in it', status: 403, reason: 'I am not allowed to post in the channel (Missing Permissions, Discord error 50013)', breakIt: (h: Harness) => h.server.setChannelOverwrites(TIP_CHANNEL, botOverwrite(PermissionFlagsBits.SendMessages)) },
	])('GIVEN $given THEN each failed day is logged and shown, and after 3 in a row the schedule pauses itself until /dailytip set', async ({ status, reason, breakIt }) => {
		const clock = new TestClock('2026-06-10T05:00:00Z');
		const h = await harness({ clock });
		await dailytip(h, 'set', { time: '08:00', timezone: 'Europe/London' });
		breakIt(h);

		for (const [day, date] of ['2026-06-10', '2026-06-11', '2026-06-12'].entries()) {
			await at(h, clock, `${date}T07:00:00Z`);
			expect(tipPosts(h).map((request) => request.status)).toEqual(Array(day + 1).fill(status));
		}
		expect(h.logs.filter(({ msg }) => msg === 'daily tip could not be posted').map((line) => [line.reason, line.failedDays])).toEqual([
			[reason, 1],
			[reason, 2],
			[reason, 3],
		]);
		expect(h.logs).toContainEqual(expect.objectContaining({ msg: 'daily tips paused', reason: `3 days in a row I could not post: ${reason}` }));
		const paused = JSON.parse(await dailytip(h, 'status')) as { title: string; description: string; fields: { name: string; value: string }[] }[];
		expect(paused[0]!.title).toBe('Daily tips (paused)');
		expect(paused[0]!.description).toBe(`Paused since Fri, 12 Jun 2026, 08:00: 3 days in a row I could not post: ${reason}. Fix that, then run \`/dailytip set\` to resume.`);
		expect(paused[0]!.fields).toContainEqual({ name: 'Last post', value: `2026-06-12: failed, ${reason}.` });

		// Paused: no more attempts, however long.
		await at(h, clock, '2026-06-20T07:00:00Z');
		expect(tipPosts(h)).toHaveLength(3);

		// A moderator points it at a channel that works: it resumes the next morning.
		expect(await dailytip(h, 'set', { time: '08:00', timezone: 'Europe/London' }, DEFAULT_IDS.generalChannelId)).toMatch(/^Daily tips are on again: /);
		await at(h, clock, '2026-06-21T07:00:00Z');
		expect(h.server.requests.filter(({ path }) => path === `/channels/${DEFAULT_IDS.generalChannelId}/messages`).map((request) => request.status)).toEqual([200]);
	});

	test('GIVEN Discord fails for a passing reason (5xx) THEN the post is tried again the same day and goes out once', async () => {
		const clock = new TestClock('2026-06-10T05:00:00Z');
		const h = await harness({ clock });
		await dailytip(h, 'set', { time: '08:00', timezone: 'Europe/London' });
		h.server.failNext('POST', `/channels/${TIP_CHANNEL}/messages`, { status: 503, times: 8 });

		await at(h, clock, '2026-06-10T07:00:00Z');
		await at(h, clock, '2026-06-10T07:00:59.999Z');
		expect(tipPosts(h)).toHaveLength(4);
		await at(h, clock, '2026-06-10T07:01:00Z');
		expect(tipPosts(h)).toHaveLength(8);
		await at(h, clock, '2026-06-10T07:03:00Z');
		expect(tipPosts(h).map(({ status }) => status)).toEqual([...Array(8).fill(503), 200]);
		expect(tipPosts(h)[8]!.body).toEqual(expectedPost(h.faq, 0, '2026-06-10'));
		expect(h.logs.filter(({ msg }) => msg === 'daily tip failed; trying again later today')).toHaveLength(2);
		expect(h.logs.filter(({ msg }) => msg === 'daily tip could not be posted')).toHaveLength(0);
	});
});

describe('the tip posted', () => {
	test('GIVEN days go by THEN the guild is shown every tip once before any repeats, and /tip there shows the one it got today', async () => {
		const clock = new TestClock('2026-06-10T05:00:00Z');
		const h = await harness({ clock });
		await dailytip(h, 'set', { time: '08:00', timezone: 'Europe/London' });
		const count = h.faq.tips.length;
		const days = Array.from({ length: count + 2 }, (_, day) => new Date(Date.parse('2026-06-10T07:00:00Z') + day * 86_400_000).toISOString());
		for (const day of days) await at(h, clock, day);

		const shown = tipPosts(h).map((request) => (request.body as { embeds: { description: string }[] }).embeds[0]!.description);
		expect(new Set(shown.slice(0, count)).size).toBe(count);
		expect(shown.slice(count)).toEqual([h.faq.tips[0]!.text, h.faq.tips[1]!.text]);

		const { data } = await h.interact(chatInputInteraction({ name: 'tip' }));
		expect(data.embeds![0]!.description).toBe(h.faq.tips[1]!.text);
	});

	test('GIVEN a reload removed the tip next in line, and then its entry THEN the schedule posts a tip the FAQ still has', async () => {
		const clock = new TestClock('2026-06-10T05:00:00Z');
		let served: Faq | undefined;
		const h = await harness({ clock, engine: (engine) => ({ ...engine, get faq() { return served ?? engine.faq; } }) });
		const [first, second] = h.faq.tips;
		await dailytip(h, 'set', { time: '08:00', timezone: 'Europe/London' });

		served = { ...h.faq, tips: h.faq.tips.filter(({ id }) => id !== first!.id) };
		await at(h, clock, '2026-06-10T07:00:00Z');
		const entryGone = second!.entry;
		served = { ...h.faq, entries: h.faq.entries.filter(({ id }) => id !== entryGone), tips: h.faq.tips.filter(({ id, entry }) => id !== first!.id && entry !== entryGone) };
		await at(h, clock, '2026-06-11T07:00:00Z');

		const posted = tipPosts(h).map((request) => (request.body as { embeds: { description: string }[]; components: { components: { custom_id: string }[] }[] }));
		expect(posted.map(({ embeds }) => embeds[0]!.description)).toEqual([second!.text, served.tips[0]!.text]);
		expect(posted[1]!.components[0]!.components[0]!.custom_id).not.toBe(`answer:${entryGone}`);
	});
});
