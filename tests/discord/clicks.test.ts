import { readFile } from 'node:fs/promises';
import { MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Store } from '../../src/store/store.js';
import { buttonInteraction, stringSelectInteraction } from '../discord-server/payloads.js';
import { DEFAULT_IDS } from '../discord-server/world.js';
import { openStore, tempDatabase } from '../fixtures/store.js';
import { customIds, newUser, startHarness, type Harness } from './harness.js';

const STALE_ENTRY = 'That question is no longer in the FAQ. Use `/faq browse` to see the current ones.';
const STALE_COMPONENT = 'That button or menu is from an older message and no longer works. Use `/help` to see what I can do.';

/** The whole callback a short ephemeral notice is sent as. */
const notice = (content: string) => ({
	type: 4,
	data: { content, embeds: [], components: [], flags: MessageFlags.Ephemeral, allowed_mentions: { parse: [] }, tts: false, enforce_nonce: false },
});

describe('buttons and menus', () => {
	let h: Harness;
	let db: Awaited<ReturnType<typeof tempDatabase>>;
	/** A second connection to the bot's database file, to see what was stored. */
	let peek: Store;
	beforeAll(async () => {
		db = await tempDatabase();
		h = await startHarness({ env: { DATABASE_PATH: db.path } });
		peek = await openStore(db.path);
	});
	afterAll(async () => {
		await h?.stop();
		await peek?.close();
		await db?.remove();
	});

	test('GIVEN Helpful / Not helpful clicks THEN the clicker alone is thanked, and one vote per member per entry lands in the database with no member id', async () => {
		const [alice, bob] = [newUser(), newUser()];
		const click = (vote: 'up' | 'down', user = alice, entryId = 'hiit-inflammation') => h.interact(buttonInteraction({ customId: `feedback:${vote}:${entryId}`, user }));

		expect(await click('down')).toEqual(notice('Thanks for the feedback!'));
		expect(await click('up')).toEqual(notice('Thanks for the feedback!'));
		await click('down', bob);
		await click('up', bob, 'best-exercise-type');

		expect(await peek.learning.votesPerEntry({ guildId: DEFAULT_IDS.guildId, fromDay: '2000-01-01' })).toEqual([
			{ entryId: 'hiit-inflammation', helpful: 1, notHelpful: 1 },
			{ entryId: 'best-exercise-type', helpful: 1, notHelpful: 0 },
		]);
		const file = await readFile(db.path);
		const wal = await readFile(`${db.path}-wal`).catch(() => Buffer.alloc(0));
		for (const { id } of [alice, bob]) expect(file.includes(id) || wal.includes(id)).toBe(false);
	});

	test('GIVEN a click on a related-question button THEN that answer is shown to the clicker alone, with its own buttons', async () => {
		const { type, data } = await h.interact(buttonInteraction({ customId: 'answer:best-exercise-type' }));

		expect(type).toBe(4);
		expect(data.flags).toBe(MessageFlags.Ephemeral);
		expect(data.allowed_mentions).toEqual({ parse: [] });
		expect(data.embeds![0]!.title).toBe(h.faq.byId.get('best-exercise-type')!.question);
		expect(customIds(data)[0]).toEqual(['feedback:up:best-exercise-type', 'feedback:down:best-exercise-type']);
	});

	test.each([
		{ given: 'an answer button for a removed entry', customId: 'answer:removed-entry', content: STALE_ENTRY },
		{ given: 'feedback on a removed entry', customId: 'feedback:up:removed-entry', content: STALE_ENTRY },
		{ given: 'an id this version never makes', customId: 'ask-again:hiit', content: STALE_COMPONENT },
		{ given: 'a malformed answer id', customId: 'answer:Not A Slug', content: STALE_COMPONENT },
		{ given: 'a menu id on a button', customId: 'faq:topic:0', content: STALE_COMPONENT },
	])('GIVEN $given THEN the clicker is told it no longer works', async ({ customId, content }) => {
		expect(await h.interact(buttonInteraction({ customId }))).toEqual(notice(content));
	});

	test.each([
		{ given: 'a topic the FAQ no longer has', customId: 'faq:topic:0', value: 'Cold plunges', content: STALE_COMPONENT },
		{ given: 'a question the FAQ no longer has', customId: 'faq:entry:0', value: 'removed-entry', content: STALE_ENTRY },
	])('GIVEN a menu choice of $given THEN the member is told so', async ({ customId, value, content }) => {
		expect(await h.interact(stringSelectInteraction({ customId, values: [value] }))).toEqual(notice(content));
	});
});
