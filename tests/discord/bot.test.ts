import Database from 'better-sqlite3';
import { GatewayIntentBits, MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { autocompleteInteraction, buttonInteraction, chatInputInteraction } from '../discord-server/payloads.js';
import { DEFAULT_IDS } from '../discord-server/world.js';
import { tempDatabase } from '../fixtures/store.js';
import { startHarness, type Harness } from './harness.js';

const FAILED = 'Something went wrong on my side and I could not answer that. Please try again in a moment.';
const QUESTION = 'does hiit cause inflammation?';

/** The whole callback a short ephemeral notice is sent as. */
const notice = (content: string) => ({
	type: 4,
	data: { content, embeds: [], components: [], flags: MessageFlags.Ephemeral, allowed_mentions: { parse: [] }, tts: false, enforce_nonce: false },
});

describe.each([
	{ given: 'slash commands only', env: {}, intents: GatewayIntentBits.Guilds },
	{
		given: 'mentions on',
		env: { ANSWER_MENTIONS: 'true' },
		intents: GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.MessageContent,
	},
	{
		given: 'an auto-answer channel',
		env: { AUTO_ANSWER_CHANNEL_IDS: DEFAULT_IDS.faqChannelId },
		intents: GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.MessageContent,
	},
])('starting the bot with $given', ({ env, intents }) => {
	let h: Harness;
	beforeAll(async () => {
		h = await startHarness({ env });
	});
	afterAll(() => h?.stop());

	test(`GIVEN the bot connects THEN it asks for intents ${intents} only`, async () => {
		expect((await h.server.waitForReady()).intents).toBe(intents);
	});

	test('GIVEN the bot is ready THEN its tag and the guilds it serves are logged', () => {
		expect(h.logs).toContainEqual(
			expect.objectContaining({ msg: 'Cooldown is online', bot: 'Cooldown', guilds: [{ id: DEFAULT_IDS.guildId, name: 'Cooldown Test Guild' }] }),
		);
	});
});

describe('starting the bot with a database it cannot open', () => {
	test('GIVEN DATABASE_PATH under a file THEN starting fails with a message naming the path, before connecting', async () => {
		await expect(startHarness({ env: { DATABASE_PATH: '/dev/null/cooldown.db' } })).rejects.toThrow(/^Cannot open the database at \/dev\/null\/cooldown\.db: /);
	});
});

describe('interactions the bot cannot or did not expect to handle', () => {
	let failing = false;
	let h: Harness;
	beforeAll(async () => {
		h = await startHarness({
			engine: (engine) => ({
				...engine,
				ask: (question) => (failing ? boom('engine down') : engine.ask(question)),
				suggest: (partial, limit) => (failing ? boom('engine down') : engine.suggest(partial, limit)),
			}),
		});
	});
	afterAll(() => h?.stop());

	test('GIVEN a command the bot does not have THEN only the member is told so', async () => {
		expect(await h.interact(chatInputInteraction({ name: 'ping' }))).toEqual(
			notice("I don't know that command; it may have been removed. Use `/help` to see the ones I have."),
		);
	});

	test('GIVEN a handler that throws THEN the member gets an ephemeral apology and the log has where, but not what or who', async () => {
		failing = true;
		const interaction = chatInputInteraction({ name: 'ask', options: { question: QUESTION } });
		try {
			expect(await h.interact(interaction)).toEqual(notice(FAILED));
		} finally {
			failing = false;
		}

		const line = h.logs.find((log) => log.msg === 'interaction handler failed');
		expect(line).toMatchObject({
			level: 50,
			err: { message: 'engine down' },
			interaction: { type: 'ApplicationCommand', command: 'ask', guildId: DEFAULT_IDS.guildId, channelId: DEFAULT_IDS.generalChannelId },
		});
		const logged = JSON.stringify(h.logs);
		expect(logged).not.toContain(QUESTION);
		expect(logged).not.toContain(DEFAULT_IDS.userId);
	});

	test('GIVEN autocomplete that throws THEN Discord still gets an (empty) answer in time', async () => {
		failing = true;
		try {
			expect(await h.interact(autocompleteInteraction({ name: 'ask', focused: { name: 'question', value: 'hiit' } }))).toEqual({
				type: 8,
				data: { choices: [] },
			});
		} finally {
			failing = false;
		}
	});

	test('GIVEN Discord refuses the reply THEN the apology is sent instead, and the log keeps the interaction token out', async () => {
		h.server.failNext('POST', '/interactions/:id/:token/callback', { status: 400, body: { message: 'Invalid Form Body', code: 50035 } });
		const interaction = chatInputInteraction({ name: 'ask', options: { question: QUESTION } });

		const refused = await h.server.dispatchInteraction(interaction);
		const apology = await h.server.waitForRequest((r) => r !== refused && r.path === refused.path);

		expect(refused.status).toBe(400);
		expect(apology.body).toEqual(notice(FAILED));
		expect(h.logs.at(-1)).toMatchObject({
			msg: 'interaction handler failed',
			err: { name: 'DiscordAPIError[50035]', status: 400, code: 50035, path: `/api/v10/interactions/${interaction.id}/:token/callback` },
		});
		expect(JSON.stringify(h.logs)).not.toContain(interaction.token);
	});

	test('GIVEN the apology fails too THEN that is logged and the bot keeps serving', async () => {
		h.server.failNext('POST', '/interactions/:id/:token/callback', { status: 400, times: 2 });

		await h.server.dispatchInteraction(chatInputInteraction({ name: 'help' }));
		await expect.poll(() => h.logs.at(-1)?.msg).toBe('could not tell the member about the failure');

		expect((await h.interact(chatInputInteraction({ name: 'help' }))).data.embeds).toHaveLength(1);
	});

	test('GIVEN discord.js reports a client error THEN it is logged, not thrown', () => {
		h.bot.client.emit('error', new Error('socket hiccup'));

		expect(h.logs.at(-1)).toMatchObject({ level: 50, msg: 'discord.js client error', err: { message: 'socket hiccup' } });
	});
});

describe('a database that fails under the bot', () => {
	let h: Harness;
	let db: Awaited<ReturnType<typeof tempDatabase>>;
	beforeAll(async () => {
		db = await tempDatabase();
		h = await startHarness({ env: { DATABASE_PATH: db.path } });
		// Another process breaking the file: every vote and answer the bot records from now on fails.
		const raw = new Database(db.path);
		raw.exec('DROP TABLE feedback_votes; DROP TABLE answered_entries');
		raw.close();
	});
	afterAll(async () => {
		await h?.stop();
		await db?.remove();
	});

	test.each([
		{ given: 'a Helpful click', interaction: () => buttonInteraction({ customId: 'feedback:down:hiit-inflammation' }), shows: 'Thanks for the feedback!', what: 'a vote' },
		{ given: 'a question', interaction: () => chatInputInteraction({ name: 'ask', options: { question: QUESTION } }), shows: 'Does HIIT', what: 'an answer' },
	])('GIVEN $given THEN the member is served as usual and the failed write is logged', async ({ interaction, shows, what }) => {
		expect(JSON.stringify(await h.interact(interaction()))).toContain(shows);
		expect(h.logs).toContainEqual(expect.objectContaining({ level: 50, msg: `could not record ${what}; carrying on` }));
	});
});

function boom(message: string): never {
	throw new Error(message);
}
