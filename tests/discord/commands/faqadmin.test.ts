import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ComponentType, MessageFlags, PermissionFlagsBits } from 'discord.js';
import type { APIModalInteractionResponseCallbackData } from 'discord.js';
import { describe, expect, test } from 'vitest';
import { commandDefinitions } from '../../../src/discord/commands/index.js';
import { versionOf } from '../../../src/faq/write-file.js';
import { autocompleteInteraction, chatInputInteraction, modalSubmitInteraction, stringSelectInteraction, submitModal, type ChatInputOptions } from '../../discord-server/payloads.js';
import { DEFAULT_IDS, EVERYONE_PERMISSIONS } from '../../discord-server/world.js';
import { MIN_FAQ_DIR } from '../../fixtures/faq.js';
import { botPerTest } from '../faq-folder.js';
import { newUser, startHarness, type CallbackBody } from '../harness.js';

const EVERYONE = BigInt(EVERYONE_PERMISSIONS);
const MODERATOR = { permissions: EVERYONE | PermissionFlagsBits.ManageGuild };
const PLAIN = { permissions: EVERYONE };
const GUILD = DEFAULT_IDS.guildId;
const SORE = 'entries/muscle-soreness.md';
const SORE_CHOICE = 'entry:muscle-soreness';
const SORE_ANSWER = 'That is delayed onset muscle soreness: muscles repairing small strains from the workout.';
const NOW = '2026-06-10T12:00:00Z';

describe('/faqadmin', () => {
	const bot = botPerTest(NOW, { MODERATOR_ROLE_IDS: DEFAULT_IDS.moderatorRoleId });

	const read = (file: string) => readFile(path.join(bot.dir, file), 'utf8');
	const readOriginal = (file: string) => readFile(path.join(MIN_FAQ_DIR, file), 'utf8');
	const admin = (subcommand: string, extra: Partial<ChatInputOptions> = {}) => chatInputInteraction({ name: 'faqadmin', subcommand, member: MODERATOR, ...extra });
	const ask = async (question: string) => (await bot.h.interact(chatInputInteraction({ name: 'ask', options: { question }, user: newUser() }))).data.embeds![0]!;
	const content = (body: object) => (body as { content: string }).content;
	/** Opens the edit form on an entry as a moderator would. */
	const openEdit = async (entry = SORE_CHOICE) => {
		const callback = await bot.h.interact(admin('edit', { options: { entry } }));
		expect(callback.type).toBe(9);
		return callback.data as unknown as APIModalInteractionResponseCallbackData;
	};
	const submit = async (modal: APIModalInteractionResponseCallbackData, changes: Record<string, string>, member = MODERATOR) => content((await bot.h.interactDeferred(submitModal(modal, changes, { member }))).body);
	const notice = (text: string): CallbackBody =>
		({ type: 4, data: { content: text, embeds: [], components: [], flags: MessageFlags.Ephemeral, allowed_mentions: { parse: [] }, tts: false, enforce_nonce: false } }) as CallbackBody;

	test('GIVEN the registry THEN /faqadmin is a command of its own, for Manage Server by default, in servers only', () => {
		const definitions = commandDefinitions({ maxQuestionLength: 500, pack: bot.h.faq.pack });
		const definition = definitions.find(({ name }) => name === 'faqadmin')!;
		expect(definition.default_member_permissions).toBe(PermissionFlagsBits.ManageGuild.toString());
		expect(definition.contexts).toEqual([0]);
		expect(definition.options?.map(({ name }) => name)).toEqual(['reload', 'edit', 'new', 'history', 'revert', 'stats']);
		// Members keep /faq browse and /faq show, with no permission needed.
		expect(definitions.find(({ name }) => name === 'faq')!.default_member_permissions).toBeUndefined();
	});

	describe('reload', () => {
		test('GIVEN a good edit on disk WHEN a moderator reloads THEN it is served and the reply says what changed', async () => {
			await writeFile(path.join(bot.dir, SORE), (await read(SORE)).replace(SORE_ANSWER, 'Sore muscles are repairing.'));

			const { body, response } = await bot.h.interactDeferred(admin('reload'));

			expect((response as { flags: number }).flags).toBe(MessageFlags.Ephemeral);
			expect(content(body)).toBe('✓ Reloaded the FAQ: 3 entries, and members are answered from it now.\n• entries edited: muscle-soreness (answer)');
			expect((await ask('why are my muscles sore after a workout')).description).toBe('Sore muscles are repairing.');
		});

		test.each([
			{
				given: 'an unknown expert',
				file: SORE,
				change: (t: string) => t.replace('experts: [archambault, gardner]', 'experts: [house]'),
				problem: '• entries/muscle-soreness.md (entry "muscle-soreness", field "experts[0]"): unknown expert (see experts.yaml) "house"',
			},
			{ given: 'a missing required field', file: SORE, change: (t: string) => t.replace('topic: Workouts\n', ''), problem: '• entries/muscle-soreness.md:2 (entry "muscle-soreness", field "topic"): is required' },
			{ given: 'front matter that is not YAML', file: SORE, change: (t: string) => t.replace('tags: [soreness, doms]', 'tags: [soreness, doms'), problem: '• entries/muscle-soreness.md' },
			{
				given: 'an alternate that takes another entry\'s question',
				file: 'entries/sleep-and-recovery.md',
				change: (t: string) => t.replace('  - is rest important for recovery\n', '  - is rest important for recovery\n  - sore two days after the gym\n'),
				problem: 'takes "why am i so sore two days after the gym"',
			},
			{ given: 'an answer too long for Discord', file: SORE, change: (t: string) => t.replace(SORE_ANSWER, 'Long. '.repeat(800)), problem: '• entries/muscle-soreness.md (entry "muscle-soreness", field "answer"): is 4799 characters; a Discord embed holds at most 4096' },
		])('GIVEN $given WHEN a moderator reloads THEN the reply names the problem and members are still answered from the last good FAQ', async ({ file, change, problem }) => {
			await writeFile(path.join(bot.dir, file), change(await read(file)));

			const reply = content((await bot.h.interactDeferred(admin('reload'))).body);

			expect(reply).toMatch(/^✗ The FAQ has \d+ problems?, so it was not reloaded: members are still answered from the last good FAQ\. Fix these, then reload again:\n/);
			expect(reply).toContain(problem);
			expect(await ask('why are my muscles sore after a workout')).toMatchObject({ title: 'Why are my muscles sore after a workout?', description: SORE_ANSWER });
			expect(bot.h.logs).toContainEqual(expect.objectContaining({ msg: 'FAQ reload asked for', ok: false }));
		});
	});

	describe('edit', () => {
		test('GIVEN /faqadmin edit THEN a form opens with the question, answer and alternates one per line, and the file\'s version in its id', async () => {
			const modal = await openEdit();
			expect(modal.custom_id).toBe(`edit:${versionOf(await read(SORE))}:muscle-soreness`);
			expect(modal.title).toBe('Edit: Why are my muscles sore after a workou…');
			const inputs = modal.components.map((label) => (label.type === ComponentType.Label && label.component.type === ComponentType.TextInput ? [label.label, label.component.custom_id, label.component.value] : []));
			expect(inputs).toEqual([
				['Question', 'question', 'Why are my muscles sore after a workout?'],
				['Answer', 'answer', SORE_ANSWER],
				['Alternates, one per line', 'alternates', 'what is doms\nwhy do my legs ache the day after leg day\nis muscle soreness normal after training'],
			]);
		});

		test('GIVEN a valid edit submitted THEN the file is rewritten as a person would, the next answer has the new text, and the reply says what changed', async () => {
			const reply = await submit(await openEdit(), { answer: 'Sore muscles are repairing small strains.', alternates: 'what is doms\nwhy do my legs ache the day after leg day\nis muscle soreness normal after training\nwhy does everything hurt after leg day' });

			expect(reply).toBe('✓ Saved `entries/muscle-soreness.md` (version 2 in `/faqadmin history`); members get it now.\n• entries edited: muscle-soreness (alternates, answer)');
			expect(await read(SORE)).toBe(
				(await readOriginal(SORE)).replace(SORE_ANSWER, 'Sore muscles are repairing small strains.').replace('  - is muscle soreness normal after training\n', '  - is muscle soreness normal after training\n  - why does everything hurt after leg day\n'),
			);
			expect((await ask('why are my muscles sore after a workout')).description).toBe('Sore muscles are repairing small strains.');
			expect((await ask('why does everything hurt after leg day')).title).toBe('Why are my muscles sore after a workout?');
			expect(bot.h.logs).toContainEqual(expect.objectContaining({ msg: 'FAQ entry changed', entry: 'muscle-soreness', change: 'edit', moderatorId: DEFAULT_IDS.userId, guildId: GUILD }));
		});

		test('GIVEN an invalid edit THEN nothing is written and the reply names the problem', async () => {
			const before = await read(SORE);
			const reply = await submit(await openEdit(), { alternates: 'what is doms', answer: 'A new answer nobody will see.' });

			expect(reply).toBe('✗ Nothing was changed:\n• entries/muscle-soreness.md (entry "muscle-soreness", field "alternates"): needs at least 3 items');
			expect(await read(SORE)).toBe(before);
			expect((await ask('why are my muscles sore after a workout')).description).toBe(SORE_ANSWER);
		});

		test('GIVEN the file saved by someone else after the form opened THEN the edit is refused as changed meanwhile, and their change stays', async () => {
			const modal = await openEdit();
			const theirs = (await read(SORE)).replace('tags: [soreness, doms]', 'tags: [soreness, doms, ache]');
			await writeFile(path.join(bot.dir, SORE), theirs);

			const reply = await submit(modal, { answer: 'Mine.' });

			expect(reply).toBe('✗ Nothing was changed:\n• entries/muscle-soreness.md: changed meanwhile: the file was saved by someone else after you opened it. Nothing was written; open it again to see their change.');
			expect(await read(SORE)).toBe(theirs);
		});

		test('GIVEN an entry id that is not in the list THEN the moderator is asked to pick one', async () => {
			expect(await bot.h.interact(admin('edit', { options: { entry: 'muscle soreness' } }))).toEqual(notice('Pick an entry from the list as you type its question.'));
		});
	});

	describe('new', () => {
		test('GIVEN a topic typed THEN the existing topics matching it are offered', async () => {
			const { data } = await bot.h.interact(autocompleteInteraction({ name: 'faqadmin', subcommand: 'new', focused: { name: 'topic', value: 'o' }, member: MODERATOR }));
			expect(data.choices).toEqual([
				{ name: 'Workouts', value: 'Workouts' },
				{ name: 'Recovery', value: 'Recovery' },
			]);
		});

		test('GIVEN a new entry written in the form THEN its file is created, members get it, and it starts its history', async () => {
			const callback = await bot.h.interact(admin('new', { options: { topic: 'recovery' } }));
			const modal = callback.data as unknown as APIModalInteractionResponseCallbackData;
			expect(modal.custom_id).toBe('new:Recovery');

			const reply = await submit(modal, {
				question: 'Do ice baths help recovery?',
				answer: 'They may ease soreness for a while.',
				alternates: 'are ice baths good after training\nshould i take a cold plunge\ndo cold baths speed up recovery',
				tags: 'ice, cold',
			});

			expect(reply).toBe('✓ Created `entries/do-ice-baths-help-recovery.md` (version 1 in `/faqadmin history`); members get it now.\n• entries added: do-ice-baths-help-recovery');
			expect(await read('entries/do-ice-baths-help-recovery.md')).toContain('topic: Recovery\n');
			expect((await ask('should i take a cold plunge')).title).toBe('Do ice baths help recovery?');
			expect((await bot.peek.history.list('do-ice-baths-help-recovery')).map(({ change }) => change)).toEqual(['new']);
		});

		test('GIVEN a topic the FAQ does not have THEN no form opens and the topics are listed', async () => {
			expect(await bot.h.interact(admin('new', { options: { topic: 'Nutrition' } }))).toEqual(notice("Pick one of the FAQ's topics from the list as you type: Basics, Workouts, Recovery."));
		});
	});

	describe('history and revert', () => {
		test('GIVEN two edits THEN history lists every version with who and when, and reverting to the first restores the file and the answer', async () => {
			const original = await read(SORE);
			await submit(await openEdit(), { answer: 'First edit.' });
			bot.clock.set(Date.parse(NOW) + 60_000);
			await submit(await openEdit(), { answer: 'Second edit.' });

			const history = content((await bot.h.interact(admin('history', { options: { entry: SORE_CHOICE } }))).data);
			const t = (ms: number) => `<t:${Math.floor(ms / 1000)}:f>`;
			expect(history).toBe(
				[
					'History of `muscle-soreness`, newest first (`/faqadmin revert` restores a version):',
					`**v3** · ${t(bot.clock.now())} · <@${DEFAULT_IDS.userId}> · edited: answer · **current**`,
					`**v2** · ${t(Date.parse(NOW))} · <@${DEFAULT_IDS.userId}> · edited: answer`,
					`**v1** · ${t(Date.parse(NOW))} · changed outside Discord · as found on disk`,
				].join('\n'),
			);

			const { data } = await bot.h.interact(autocompleteInteraction({ name: 'faqadmin', subcommand: 'revert', options: { entry: SORE_CHOICE }, focused: { name: 'version', value: '' }, member: MODERATOR }));
			expect(data.choices!.map(({ name }) => name)).toEqual(['v3 · 2026-06-10 12:01 UTC · edited: answer', 'v2 · 2026-06-10 12:00 UTC · edited: answer', 'v1 · 2026-06-10 12:00 UTC · as found on disk']);

			const reply = content((await bot.h.interactDeferred(admin('revert', { options: { entry: SORE_CHOICE, version: 1 } }))).body);

			expect(reply).toBe('✓ Restored `entries/muscle-soreness.md` (version 4 in `/faqadmin history`); members get it now.\n• entries edited: muscle-soreness (answer)');
			expect(await read(SORE)).toBe(original);
			expect((await ask('why are my muscles sore after a workout')).description).toBe(SORE_ANSWER);
			expect(content((await bot.h.interact(admin('history', { options: { entry: SORE_CHOICE } }))).data).split('\n')[1]).toMatch(/^\*\*v4\*\* · .* · reverted: back to version 1 · \*\*current\*\*$/);
		});

		test('GIVEN an entry never changed here THEN history says versions are kept from its first change', async () => {
			expect(await bot.h.interact(admin('history', { options: { entry: 'entry:sleep-and-recovery' } }))).toEqual(
				notice('No versions of `sleep-and-recovery` are kept yet: they are kept from its first change made here (edit, revert, an accepted question).'),
			);
		});
	});

	describe('a plain member', () => {
		const refusal = 'Only moderators can use this command: it needs the Manage Server permission or a moderator role.';
		test.each<{ subcommand: string; options: Record<string, string | number> }>([
			{ subcommand: 'reload', options: {} },
			{ subcommand: 'edit', options: { entry: SORE_CHOICE } },
			{ subcommand: 'new', options: { topic: 'Workouts' } },
			{ subcommand: 'history', options: { entry: SORE_CHOICE } },
			{ subcommand: 'revert', options: { entry: SORE_CHOICE, version: 1 } },
			{ subcommand: 'stats', options: {} },
		])('GIVEN a plain member sends /faqadmin $subcommand THEN they are refused privately and nothing changes', async ({ subcommand, options }) => {
			await writeFile(path.join(bot.dir, SORE), (await read(SORE)).replace(SORE_ANSWER, 'Changed on disk, not reloaded.'));
			expect(await bot.h.interact(admin(subcommand, { options, member: { ...PLAIN, roles: ['1500000000000000009'] } }))).toEqual(notice(refusal));
			expect((await ask('why are my muscles sore after a workout')).description).toBe(SORE_ANSWER);
		});

		test.each([
			{ given: 'an edit form', interaction: async () => modalSubmitInteraction({ customId: `edit:${versionOf(await read(SORE))}:muscle-soreness`, values: { question: 'Hacked?', answer: 'Hacked.', alternates: 'a\nb\nc' }, member: PLAIN }) },
			{ given: 'a new-entry form', interaction: async () => modalSubmitInteraction({ customId: 'new:Workouts', values: { question: 'Hacked?', answer: 'Hacked.', alternates: 'a\nb\nc', tags: '' }, member: PLAIN }) },
			{ given: 'a stats menu', interaction: async () => stringSelectInteraction({ customId: 'unanswered:30:abcdefghijkl', values: ['add:muscle-soreness'], member: PLAIN }) },
		])('GIVEN a plain member submits $given (forged) THEN they are refused and no file changes', async ({ interaction }) => {
			const before = await read(SORE);
			expect(await bot.h.interact(await interaction())).toEqual(notice(refusal));
			expect(await read(SORE)).toBe(before);
		});

		test('GIVEN a plain member typing into an option THEN no choices are offered', async () => {
			const { data } = await bot.h.interact(autocompleteInteraction({ name: 'faqadmin', subcommand: 'revert', options: { entry: SORE_CHOICE }, focused: { name: 'version', value: '' }, member: PLAIN }));
			expect(data.choices).toEqual([]);
		});
	});
});

describe('/faqadmin on a bot that does not follow its FAQ folder', () => {
	test('GIVEN a pack served as loaded THEN the changing subcommands say the FAQ cannot be changed from Discord', async () => {
		const h = await startHarness();
		try {
			const { data } = await h.interact(chatInputInteraction({ name: 'faqadmin', subcommand: 'reload', member: MODERATOR }));
			expect(data.content).toBe('This bot does not follow an FAQ folder it can write to, so the FAQ cannot be changed from Discord.');
		} finally {
			await h.stop();
		}
	});
});
