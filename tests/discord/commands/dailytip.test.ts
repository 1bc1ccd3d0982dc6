import { ChannelType, MessageFlags, PermissionFlagsBits } from 'discord.js';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { commandDefinitions } from '../../../src/discord/commands/index.js';
import type { Store } from '../../../src/store/store.js';
import { autocompleteInteraction, chatInputInteraction, type ChatInputOptions } from '../../discord-server/payloads.js';
import { DEFAULT_IDS, EVERYONE_PERMISSIONS, textChannel } from '../../discord-server/world.js';
import { TestClock } from '../../fixtures/clock.js';
import { openStore, tempDatabase } from '../../fixtures/store.js';
import { startHarness, type CallbackBody, type Harness } from '../harness.js';

const EVERYONE = BigInt(EVERYONE_PERMISSIONS);
const MANAGE_SERVER = { permissions: EVERYONE | PermissionFlagsBits.ManageGuild };
const GUILD = DEFAULT_IDS.guildId;
const NOW = '2026-03-07T12:00:00Z'; // 07:00 in New York (EST), 12:00 in London (GMT)

describe('/dailytip', () => {
	let h: Harness;
	let db: Awaited<ReturnType<typeof tempDatabase>>;
	/** A second connection to the bot's database file, to see what was (not) stored. */
	let peek: Store;
	const clock = new TestClock(NOW);

	beforeAll(async () => {
		db = await tempDatabase();
		h = await startHarness({ clock, env: { DATABASE_PATH: db.path, MODERATOR_ROLE_IDS: DEFAULT_IDS.moderatorRoleId } });
		peek = await openStore(db.path);
	});
	afterAll(async () => {
		await h?.stop();
		await peek?.close();
		await db?.remove();
	});
	beforeEach(async () => {
		await peek.dailyTips.remove(GUILD);
	});

	const tipChannel = () => h.server.guild.channels.find(({ id }) => id === DEFAULT_IDS.faqChannelId)!;
	const command = (subcommand: string, extra: Partial<ChatInputOptions> = {}) => chatInputInteraction({ name: 'dailytip', subcommand, member: MANAGE_SERVER, ...extra });
	const set = (time: string, timezone: string, extra: Partial<ChatInputOptions> = {}) =>
		command('set', { options: { time, timezone }, channels: { channel: tipChannel() }, ...extra });
	const notice = (content: string): CallbackBody => ({
		type: 4,
		data: { content, embeds: [], components: [], flags: MessageFlags.Ephemeral, allowed_mentions: { parse: [] }, tts: false, enforce_nonce: false },
	} as CallbackBody);

	test('GIVEN the registry THEN /dailytip is for Manage Server by default, in servers only, with its four subcommands', () => {
		const definition = commandDefinitions({ maxQuestionLength: 500, pack: { covers: 'anything' } }).find(({ name }) => name === 'dailytip')!;
		expect(definition.default_member_permissions).toBe(PermissionFlagsBits.ManageGuild.toString());
		expect(definition.contexts).toEqual([0]);
		expect(definition.options?.map(({ name }) => name)).toEqual(['set', 'off', 'status', 'preview']);
	});

	test('GIVEN a moderator sets daily tips THEN they are stored and the reply says when the first one is posted, in local time and as a Discord timestamp', async () => {
		// 06:00 has passed in New York today: the first post is tomorrow, after spring-forward (EDT).
		const next = Date.parse('2026-03-08T10:00:00Z');
		expect(await h.interact(set('06:00', 'America/New_York'))).toEqual(
			notice(
				`Daily tips are on: every day at 06:00 (America/New_York) in <#${DEFAULT_IDS.faqChannelId}>. The next one is posted Sun, 8 Mar 2026, 06:00 (America/New_York), <t:${next / 1000}:R>.`,
			),
		);
		expect(await peek.dailyTips.get(GUILD)).toEqual({ guildId: GUILD, channelId: DEFAULT_IDS.faqChannelId, time: { hour: 6, minute: 0 }, timeZone: 'America/New_York', nextPostAt: next, failedDays: 0 });
	});

	test.each([
		{ given: 'Manage Server', member: MANAGE_SERVER },
		{ given: 'Administrator', member: { permissions: PermissionFlagsBits.Administrator } },
		{ given: 'a role in MODERATOR_ROLE_IDS', member: { permissions: EVERYONE, roles: [DEFAULT_IDS.moderatorRoleId] } },
	])('GIVEN a member with $given THEN they may set daily tips', async ({ member }) => {
		const { data } = await h.interact(set('09:15', 'Europe/London', { member }));
		expect(data.content).toMatch(/^Daily tips are on: every day at 09:15 \(Europe\/London\)/);
		expect((await peek.dailyTips.get(GUILD))?.time).toEqual({ hour: 9, minute: 15 });
	});

	test.each(['set', 'off', 'status', 'preview'])('GIVEN a plain member sends /dailytip %s THEN they are refused privately and nothing changes', async (subcommand) => {
		await h.interact(set('08:00', 'Europe/London'));
		const before = await peek.dailyTips.get(GUILD);
		const plain = subcommand === 'set' ? set('10:00', 'UTC', { member: { roles: ['1500000000000000009'] } }) : command(subcommand, { member: {} });

		expect(await h.interact(plain)).toEqual(notice('Only moderators can use this command: it needs the Manage Server permission or a moderator role.'));
		expect(await peek.dailyTips.get(GUILD)).toEqual(before);
	});

	test.each([
		{ time: '25:00', zone: 'Europe/London', errors: ['The time must be HH:MM on the 24-hour clock, such as 08:00 or 19:30 (got "25:00").'] },
		{ time: '8am', zone: 'Europe/London', errors: ['The time must be HH:MM on the 24-hour clock, such as 08:00 or 19:30 (got "8am").'] },
		{ time: '08:00', zone: 'Mars/Olympus_Mons', errors: ['"Mars/Olympus_Mons" is not a time zone I know. Pick one from the list as you type, such as Europe/London or America/New_York.'] },
		{ time: '08:00', zone: '+05:00', errors: ['"+05:00" is not a time zone I know. Pick one from the list as you type, such as Europe/London or America/New_York.'] },
		{
			time: '8.30',
			zone: 'London',
			errors: [
				'The time must be HH:MM on the 24-hour clock, such as 08:00 or 19:30 (got "8.30").',
				'"London" is not a time zone I know. Pick one from the list as you type, such as Europe/London or America/New_York.',
			],
		},
	])('GIVEN time "$time" and zone "$zone" THEN the moderator is told what is wrong and nothing is stored', async ({ time, zone, errors }) => {
		expect(await h.interact(set(time, zone))).toEqual(notice(`Nothing was changed. ${errors.join(' ')}`));
		expect(await peek.dailyTips.get(GUILD)).toBeUndefined();
	});

	test.each([
		{ given: 'an alias', zone: 'US/Eastern', stored: 'America/New_York' },
		{ given: 'lower case', zone: 'europe/london', stored: 'Europe/London' },
		{ given: 'UTC', zone: 'UTC', stored: 'UTC' },
	])('GIVEN a zone written as $given ($zone) THEN it is stored as $stored', async ({ zone, stored }) => {
		await h.interact(set('7:05', zone));
		expect(await peek.dailyTips.get(GUILD)).toMatchObject({ timeZone: stored, time: { hour: 7, minute: 5 } });
	});

	test('GIVEN a voice channel THEN it is refused', async () => {
		const voice = { ...textChannel(GUILD, 'voice', '1300000000000000009'), type: ChannelType.GuildVoice } as unknown as ReturnType<typeof textChannel>;
		expect(await h.interact(set('08:00', 'UTC', { channels: { channel: voice } }))).toEqual(notice('Pick a text or announcement channel for the daily tip.'));
		expect(await peek.dailyTips.get(GUILD)).toBeUndefined();
	});

	test('GIVEN a channel the bot may not post in THEN the moderator is told which permissions it lacks and nothing is stored', async () => {
		h.server.setChannelOverwrites(DEFAULT_IDS.faqChannelId, [
			{ id: DEFAULT_IDS.applicationId, type: 1, allow: '0', deny: (PermissionFlagsBits.SendMessages | PermissionFlagsBits.EmbedLinks).toString() },
		]);
		try {
			await expect.poll(async () => (await h.interact(set('08:00', 'UTC'))).data.content).toBe(
				`I can't post in <#${DEFAULT_IDS.faqChannelId}>: I need Send Messages, Embed Links there. Give me those, then run this again.`,
			);
			expect(await peek.dailyTips.get(GUILD)).toBeUndefined();
		} finally {
			h.server.setChannelOverwrites(DEFAULT_IDS.faqChannelId, []);
		}
	});

	test('GIVEN daily tips on THEN /dailytip status shows channel, time, the next post in local time and as a timestamp, and the last post', async () => {
		await h.interact(set('06:00', 'America/New_York'));
		const { data } = await h.interact(command('status'));
		expect(data.flags).toBe(MessageFlags.Ephemeral);
		expect(data.embeds).toEqual([
			{
				title: 'Daily tips',
				description: `Every day at 06:00 (America/New_York) in <#${DEFAULT_IDS.faqChannelId}>.`,
				color: 0x2f9e8f,
				fields: [
					{ name: 'Channel', value: `<#${DEFAULT_IDS.faqChannelId}>` },
					{ name: 'Time', value: '06:00 (America/New_York)' },
					{ name: 'Next post', value: `Sun, 8 Mar 2026, 06:00 (America/New_York), <t:${Date.parse('2026-03-08T10:00:00Z') / 1000}:R>` },
					{ name: 'Last post', value: 'None yet.' },
				],
			},
		]);
	});

	test('GIVEN daily tips on WHEN a moderator turns them off THEN they are gone and status says how to turn them on', async () => {
		await h.interact(set('08:00', 'Europe/London'));
		expect(await h.interact(command('off'))).toEqual(notice('Daily tips are off. Nothing more will be posted; `/dailytip set` turns them on again.'));
		expect(await peek.dailyTips.get(GUILD)).toBeUndefined();
		const off = 'Daily tips are off in this server. A moderator turns them on with `/dailytip set`.';
		expect(await h.interact(command('off'))).toEqual(notice(off));
		expect(await h.interact(command('status'))).toEqual(notice(off));
	});

	test('GIVEN /dailytip preview THEN the moderator alone sees the next tip as it will be posted, and nothing is taken', async () => {
		await h.interact(set('08:00', 'Europe/London'));
		const { data } = await h.interact(command('preview'));
		expect(data.flags).toBe(MessageFlags.Ephemeral);
		expect(data.content).toBe(`The next daily tip, posted in <#${DEFAULT_IDS.faqChannelId}> <t:${Date.parse('2026-03-08T08:00:00Z') / 1000}:R>:`);
		// A guild that was never posted to starts with the FAQ's first tip.
		expect(data.embeds![0]).toMatchObject({ title: 'Tip of the day', description: h.faq.tips[0]!.text, footer: { text: h.faq.disclaimer } });
		expect(data.components![0]!.components[0]).toMatchObject({ custom_id: `answer:${h.faq.tips[0]!.entry}` });
		expect((await h.interact(command('preview'))).data.embeds).toEqual(data.embeds);
		expect(await peek.dailyTips.shownTips(GUILD)).toEqual([]);
	});

	test.each([
		{ typed: 'lon', first: 'Europe/London' },
		{ typed: 'new y', first: 'America/New_York' },
		{ typed: 'utc', first: 'UTC' },
	])('GIVEN "$typed" typed into timezone THEN $first is the first choice', async ({ typed, first }) => {
		const { data } = await h.interact(autocompleteInteraction({ name: 'dailytip', subcommand: 'set', focused: { name: 'timezone', value: typed }, member: MANAGE_SERVER }));
		expect(data.choices![0]).toEqual({ name: first, value: first });
		expect(data.choices!.length).toBeLessThanOrEqual(25);
	});

	test('GIVEN a moderator asks /help THEN the moderator commands are listed for them, and not for members', async () => {
		const forModerator = (await h.interact(chatInputInteraction({ name: 'help', member: MANAGE_SERVER }))).data.embeds![0]!.description as string;
		const forMember = (await h.interact(chatInputInteraction({ name: 'help' }))).data.embeds![0]!.description as string;
		expect(forModerator).toContain('`/dailytip set` — Post a tip every day in a channel at a set time, or change where and when');
		expect(forModerator).toContain('`/dailytip status` — Where and when daily tips are posted, and how the last one went');
		expect(forMember).not.toContain('/dailytip');
	});
});
