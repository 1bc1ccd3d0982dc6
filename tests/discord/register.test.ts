import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { commandDefinitions } from '../../src/discord/commands/index.js';
import { startDiscordServer, type DiscordServer } from '../discord-server/server.js';
import { DEFAULT_IDS } from '../discord-server/world.js';
import { loadShippedFaq } from './harness.js';


const TOKEN = 'cooldown-test-token-0123456789';
const MAX_QUESTION_LENGTH = 300;
const expected = commandDefinitions({ maxQuestionLength: MAX_QUESTION_LENGTH, pack: (await loadShippedFaq()).pack });

interface Run {
	readonly code: number | null;
	readonly stdout: string;
	readonly stderr: string;
}

/**
 * `npm run register` as a person runs it. Every setting is passed, blank when unset, so a
 * developer's own .env (which dotenv never lets override the environment) cannot leak in.
 */
function register(settings: Record<string, string | undefined>): Promise<Run> {
	const env = {
		...process.env,
		DISCORD_TOKEN: '',
		DISCORD_APPLICATION_ID: '',
		DISCORD_GUILD_ID: '',
		DISCORD_API_URL: '',
		MAX_QUESTION_LENGTH: String(MAX_QUESTION_LENGTH),
		ANSWER_MENTIONS: '',
		AUTO_ANSWER_CHANNEL_IDS: '',
		...settings,
	};
	return new Promise((resolve, reject) => {
		const child = spawn('npm', ['run', '--silent', 'register'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		child.on('error', reject);
		child.on('close', (code) => resolve({ code, stdout, stderr }));
	});
}

// Each run starts Node and discord.js, which takes a second or more: the runs go side by side.
describe.concurrent('npm run register', () => {
	let server: DiscordServer;
	/** Only reached by runs that must not send anything. */
	let untouched: DiscordServer;
	let settings: Record<string, string | undefined>;
	beforeAll(async () => {
		[server, untouched] = await Promise.all([startDiscordServer({ token: TOKEN }), startDiscordServer({ token: TOKEN })]);
		settings = { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: server.applicationId, DISCORD_API_URL: server.apiUrl };
	});
	afterAll(async () => {
		await server?.close();
		await untouched?.close();
	});


	test.each([
		{ given: 'a guild id', guildId: DEFAULT_IDS.guildId, path: `/applications/${DEFAULT_IDS.applicationId}/guilds/${DEFAULT_IDS.guildId}/commands`, where: `in guild ${DEFAULT_IDS.guildId}` },
		{ given: 'no guild id', guildId: '', path: `/applications/${DEFAULT_IDS.applicationId}/commands`, where: 'globally' },
	])('GIVEN $given THEN the exact definitions the bot serves are PUT $where', async ({ guildId, path, where }) => {
		const run = await register({ ...settings, DISCORD_GUILD_ID: guildId });

		expect(run).toMatchObject({ code: 0, stderr: '' });
		expect(run.stdout).toContain(`Registered 7 commands ${where}: /ask, /faq, /tip, /dailytip, /faqadmin, /about, /help`);
		const puts = server.requests.filter((r) => r.method === 'PUT' && r.path === path);
		expect(puts).toHaveLength(1);
		expect(puts[0]!.body).toEqual(expected);
		expect(puts[0]!.headers.authorization).toBe(`Bot ${TOKEN}`);
	});

	test('GIVEN the registry THEN /ask takes at most MAX_QUESTION_LENGTH characters and autocompletes', () => {
		const ask = expected.find(({ name }) => name === 'ask');
		expect(ask?.options?.[0]).toMatchObject({ name: 'question', required: true, autocomplete: true, max_length: MAX_QUESTION_LENGTH });
	});

	test('GIVEN no application id THEN one clear line says so and nothing is sent', async () => {
		const run = await register({ ...settings, DISCORD_API_URL: untouched.apiUrl, DISCORD_APPLICATION_ID: '' });

		expect(run.code).toBe(2);
		expect(run.stderr).toBe('Cannot register commands: DISCORD_TOKEN and DISCORD_APPLICATION_ID must be set (missing: DISCORD_APPLICATION_ID).\n');
		expect(untouched.requests).toEqual([]);
	});
});
