import { readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { ComponentType, MessageFlags, PermissionFlagsBits } from 'discord.js';
import { describe, expect, test } from 'vitest';
import { buttonInteraction, chatInputInteraction, guildMessage, mention, stringSelectInteraction } from '../../discord-server/payloads.js';
import { DEFAULT_IDS, EVERYONE_PERMISSIONS } from '../../discord-server/world.js';
import { botPerTest } from '../faq-folder.js';
import { newUser } from '../harness.js';

const MODERATOR = { permissions: BigInt(EVERYONE_PERMISSIONS) | PermissionFlagsBits.ManageGuild };
const GUILD = DEFAULT_IDS.guildId;
const SORE = 'entries/muscle-soreness.md';
const SCOPE = { guildId: GUILD, fromDay: '2026-01-01' };
const LEGS = 'my legs hurt after squats';

interface Menu {
	type: number;
	custom_id: string;
	placeholder: string;
	options: { label: string; value: string; description?: string }[];
}

describe('learning from members, and /faqadmin stats', () => {
	const bot = botPerTest('2026-06-10T12:00:00Z', { ANSWER_MENTIONS: 'true', AUTO_ANSWER_CHANNEL_IDS: DEFAULT_IDS.faqChannelId });
	const members = Array.from({ length: 3 }, () => newUser());

	const ask = async (question: string, user = members[0]!) => (await bot.h.interact(chatInputInteraction({ name: 'ask', options: { question }, user }))).data.embeds![0]!;
	const stats = (days?: number) => bot.h.interactDeferred(chatInputInteraction({ name: 'faqadmin', subcommand: 'stats', member: MODERATOR, ...(days ? { options: { days } } : {}) }));
	/** Everything the bot keeps on disk: the database file and its write-ahead log. */
	const databaseBytes = async () => Buffer.concat(await Promise.all((await readdir(bot.db.dir)).map((name) => readFile(path.join(bot.db.dir, name)))));

	async function membersAsk(): Promise<void> {
		await ask('does sleep help', members[0]);
		await ask('does sleep help', members[1]);
		await ask('why are my muscles sore after a workout', members[2]);
		await ask(LEGS, members[0]);
		await ask(LEGS, members[1]);
		await ask('legs hurting after squats?', members[2]);
		await ask('best protein powder', members[0]);
		await ask('I have chest pain after running', members[1]);
		await bot.h.interact(chatInputInteraction({ name: 'ask', options: { question: 'entry:sleep-and-recovery' }, user: members[2] }));
	}

	test('GIVEN members asking and clicking THEN answers, unanswered questions (with guild and day) and votes land in the database, and no member id anywhere in it', async () => {
		await membersAsk();
		// A question put to the bot by mention is kept; chatter in an auto-answer channel that the FAQ does not answer is not.
		bot.h.server.dispatchMessage(guildMessage({ content: `${mention(bot.h.server.botUser.id)} is sauna good after a workout`, author: members[0] }));
		bot.h.server.dispatchMessage(guildMessage({ content: 'anyone up for pizza tonight', author: members[1], channelId: DEFAULT_IDS.faqChannelId }));
		await bot.h.server.waitForRequest((request) => request.method === 'POST' && request.path.endsWith('/messages'));
		for (const [user, vote] of [[members[0]!, 'up'], [members[1]!, 'down'], [members[0]!, 'down']] as const) {
			await bot.h.interact(chatInputInteraction({ name: 'ask', options: { question: 'entry:muscle-soreness' }, user: newUser() }));
			await bot.h.interact(buttonInteraction({ customId: `feedback:${vote}:muscle-soreness`, user }));
		}

		await expect.poll(async () => (await bot.peek.learning.unansweredQuestions(SCOPE)).length).toBe(4);
		expect(await bot.peek.learning.unansweredQuestions(SCOPE)).toEqual([
			{ text: LEGS, status: 'ambiguous', count: 2 },
			{ text: 'best protein powder', status: 'no_match', count: 1 },
			{ text: 'is sauna good after a workout', status: 'no_match', count: 1 },
			{ text: 'legs hurting after squats?', status: 'ambiguous', count: 1 },
		]);
		expect(await bot.peek.learning.answersPerEntry(SCOPE)).toEqual([
			{ entryId: 'muscle-soreness', count: 4 },
			{ entryId: 'sleep-and-recovery', count: 3 },
		]);
		expect(await bot.peek.learning.answersPerDay(SCOPE)).toEqual([{ day: '2026-06-10', count: 7 }]);
		expect(await bot.peek.learning.votesPerEntry(SCOPE)).toEqual([{ entryId: 'muscle-soreness', helpful: 0, notHelpful: 2 }]);
		const bytes = await databaseBytes();
		for (const { id } of members) expect(bytes.includes(id)).toBe(false);
		expect(bytes.includes('chest pain')).toBe(false);
		expect(bytes.includes('pizza')).toBe(false);
	});

	test('GIVEN what members asked THEN /faqadmin stats shows the numbers, the chart as a PNG, and a menu per unanswered group with the matcher\'s best guesses first', async () => {
		await membersAsk();

		const edit = await stats(7);

		expect((edit.response as { flags: number }).flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
		const [png] = edit.files;
		expect(png).toMatchObject({ field: 'files[0]', name: 'answered.png', contentType: 'image/png' });
		expect(png!.data.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
		expect([png!.data.readUInt32BE(16), png!.data.readUInt32BE(20)]).toEqual([640, 240]);

		const embed = (edit.body.embeds as Record<string, unknown>[])[0]!;
		expect(embed).toMatchObject({
			title: 'FAQ stats, last 7 days',
			description: '**4 questions answered.** Per day (UTC) in the chart below.',
			image: { url: 'attachment://answered.png' },
			fields: [
				{ name: 'Most asked', value: '1. Does sleep help recovery? (`sleep-and-recovery`): 3\n2. Why are my muscles sore after a workout? (`muscle-soreness`): 1' },
				{ name: 'Helpfulness', value: 'No votes yet.' },
				{ name: 'Not answered, most asked first', value: `1. "${LEGS}" (asked 3× in 2 wordings; "did you mean…")\n2. "best protein powder" (asked 1×; no answer)` },
			],
		});
		// Discord shows the uploaded file where the embed names it.
		const message = edit.response as { embeds: { image: { url: string } }[]; attachments: { url: string }[] };
		expect(message.embeds[0]!.image.url).toBe(message.attachments[0]!.url);

		const menus = (edit.body.components as unknown as { components: Menu[] }[]).map((row) => row.components[0]!);
		expect(menus.map(({ type, custom_id }) => [type, custom_id.split(':').slice(0, 2).join(':')])).toEqual([
			[ComponentType.StringSelect, 'unanswered:7'],
			[ComponentType.StringSelect, 'unanswered:7'],
		]);
		expect(menus[0]!.options.map(({ value }) => value)).toEqual(['add:muscle-soreness', 'add:exercise-lowers-inflammation', 'add:sleep-and-recovery', 'dismiss']);
		expect(menus[0]!.options[0]).toMatchObject({ label: 'Why are my muscles sore after a workout?', description: expect.stringMatching(/^Best guess \(\d+%\): add as an alternate$/) });
	});

	test('GIVEN an unanswered group accepted for an entry from /faqadmin stats THEN that question is answered by the entry right after, the file has it, and the group is gone', async () => {
		await membersAsk();
		const edit = await stats();
		const menu = (edit.body.components as unknown as { components: Menu[] }[])[0]!.components[0]!;

		const reply = await bot.h.interactDeferred(stringSelectInteraction({ customId: menu.custom_id, values: ['add:muscle-soreness'], member: MODERATOR }));

		expect(reply.body.content).toBe(
			`✓ "${LEGS}" is now an alternate of \`muscle-soreness\`: members asking it get that entry from now on.\n✓ Saved \`entries/muscle-soreness.md\` (version 2 in \`/faqadmin history\`); members get it now.\n• entries edited: muscle-soreness (alternates)`,
		);
		expect(await ask(LEGS, newUser())).toMatchObject({ title: 'Why are my muscles sore after a workout?' });
		expect(await readFile(path.join(bot.dir, SORE), 'utf8')).toContain(`  - is muscle soreness normal after training\n  - ${LEGS}\n`);
		expect((await bot.peek.history.list('muscle-soreness'))[0]).toMatchObject({ change: 'alternate', detail: `alternate "${LEGS}"`, moderatorId: DEFAULT_IDS.userId, guildId: GUILD });
		const after = await stats();
		expect(JSON.stringify(after.body.embeds)).not.toContain(LEGS);
		expect(after.body.components).toHaveLength(1);
	});

	test('GIVEN a group dismissed THEN its questions are deleted and no file changes', async () => {
		await membersAsk();
		const before = await readFile(path.join(bot.dir, SORE), 'utf8');
		const menu = (await stats()).body.components as unknown as { components: Menu[] }[];
		const protein = menu[1]!.components[0]!;
		expect(protein.placeholder).toBe('2. "best protein powder": add as an alternate to… or dismiss');

		const reply = await bot.h.interactDeferred(stringSelectInteraction({ customId: protein.custom_id, values: ['dismiss'], member: MODERATOR }));

		expect(reply.body.content).toBe('✓ Dismissed "best protein powder" (1 question); they are gone from the list.');
		expect((await bot.peek.learning.unansweredQuestions(SCOPE)).map(({ text }) => text)).not.toContain('best protein powder');
		expect(await readFile(path.join(bot.dir, SORE), 'utf8')).toBe(before);
		const again = await bot.h.interactDeferred(stringSelectInteraction({ customId: protein.custom_id, values: ['dismiss'], member: MODERATOR }));
		expect(again.body.content).toContain('that group is gone');
	});

	test('GIVEN the chosen entry removed since the stats message THEN nothing is written, the reply names the problem, and the group stays', async () => {
		await ask('two days after gym', members[0]);
		const menu = ((await stats()).body.components as unknown as { components: Menu[] }[])[0]!.components[0]!;
		await rm(path.join(bot.dir, 'entries/sleep-and-recovery.md'));

		const reply = await bot.h.interactDeferred(stringSelectInteraction({ customId: menu.custom_id, values: ['add:sleep-and-recovery'], member: MODERATOR }));

		expect(reply.body.content).toBe('✗ Nothing was changed:\n• entries/ (entry "sleep-and-recovery"): there is no entry "sleep-and-recovery"');
		expect(await readdir(path.join(bot.dir, 'entries'))).toEqual(['exercise-lowers-inflammation.md', 'muscle-soreness.md']);
		expect(await bot.peek.learning.unansweredQuestions(SCOPE)).toEqual([{ text: 'two days after gym', status: 'ambiguous', count: 1 }]);
	});

	test('GIVEN a menu from a stats message whose group was handled since THEN the moderator is told it is gone', async () => {
		const stale = await bot.h.interactDeferred(stringSelectInteraction({ customId: 'unanswered:30:abcdefghijkl', values: ['add:sleep-and-recovery'], member: MODERATOR }));
		expect(stale.body.content).toBe('✗ Nothing was changed:\n• unanswered questions: that group is gone: it was handled already, or its questions are past the period or the retention time');
	});

	test('GIVEN days with no answers THEN stats still shows every day, and says the FAQ answers questions it could not before', async () => {
		await bot.peek.learning.unanswered({ guildId: GUILD, day: '2026-06-09', text: 'does sleep help', status: 'no_match' });
		const edit = await stats(3);
		expect((edit.body.embeds as { description: string }[])[0]!.description).toBe('**0 questions answered.** Per day (UTC) in the chart below.\n1 question the FAQ could not answer is answered by it now.');
		expect(edit.body.components).toEqual([]);
		expect(edit.files).toHaveLength(1);
	});
});
