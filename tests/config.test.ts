import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { readConfig, SETTING_NAMES } from '../src/config.js';
import { DEFAULT_MAX_QUESTION_LENGTH } from '../src/match/engine.js';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.secret-token-value-xyz';
const APP = '123456789012345678';
const GUILD = '987654321098765432';
const DEFAULT_DATABASE = { path: './data/cooldown.db', retentionDays: 90 };
const DISCORD_DEFAULTS = { cooldownSeconds: 5, answerMentions: false, autoAnswerChannelIds: [], autoAnswerConfidence: 0.9, moderatorRoleIds: [] };

function errorsOf(env: Record<string, string | undefined>): readonly string[] {
	const result = readConfig(env);
	if (result.ok) throw new Error(`expected ${JSON.stringify(env)} to be rejected`);
	return result.errors;
}

function configOf(env: Record<string, string | undefined>) {
	const result = readConfig(env);
	if (!result.ok) throw new Error(`expected ${JSON.stringify(env)} to be accepted: ${result.errors.join('; ')}`);
	return result.value;
}

describe('readConfig defaults', () => {
	test('GIVEN an empty environment THEN the defaults apply and the Discord bot is off', () => {
		expect(configOf({})).toEqual({ faqDir: './faq', logLevel: 'info', maxQuestionLength: DEFAULT_MAX_QUESTION_LENGTH, database: DEFAULT_DATABASE });
		expect(DEFAULT_MAX_QUESTION_LENGTH).toBe(500);
	});

	test('GIVEN only a token THEN the Discord settings take their defaults', () => {
		expect(configOf({ DISCORD_TOKEN: TOKEN }).discord).toEqual({ token: TOKEN, ...DISCORD_DEFAULTS });
	});

	test('GIVEN every setting THEN each one is read', () => {
		const config = configOf({
			DISCORD_TOKEN: TOKEN,
			DISCORD_APPLICATION_ID: APP,
			DISCORD_GUILD_ID: GUILD,
			DISCORD_API_URL: 'http://127.0.0.1:3000/api/',
			FAQ_DIR: '/srv/faq',
			LOG_LEVEL: 'debug',
			MAX_QUESTION_LENGTH: '300',
			ASK_COOLDOWN_SECONDS: '2.5',
			ANSWER_MENTIONS: 'yes',
			AUTO_ANSWER_CHANNEL_IDS: `${APP},${GUILD}`,
			AUTO_ANSWER_CONFIDENCE: '0.95',
			ANSWER_CONFIDENCE: '0.6',
			MODERATOR_ROLE_IDS: GUILD,
			DATABASE_PATH: '/var/lib/cooldown/bot.db',
			RETENTION_DAYS: '30',
		});
		expect(config).toEqual({
			faqDir: '/srv/faq',
			logLevel: 'debug',
			maxQuestionLength: 300,
			answerConfidence: 0.6,
			database: { path: '/var/lib/cooldown/bot.db', retentionDays: 30 },
			discord: {
				token: TOKEN,
				applicationId: APP,
				guildId: GUILD,
				apiUrl: 'http://127.0.0.1:3000/api',
				cooldownSeconds: 2.5,
				answerMentions: true,
				autoAnswerChannelIds: [APP, GUILD],
				autoAnswerConfidence: 0.95,
				moderatorRoleIds: [GUILD],
			},
		});
	});

	test('GIVEN a config THEN it is frozen', () => {
		const config = configOf({ DISCORD_TOKEN: TOKEN, AUTO_ANSWER_CHANNEL_IDS: APP });
		expect(Object.isFrozen(config)).toBe(true);
		expect(Object.isFrozen(config.discord)).toBe(true);
		expect(Object.isFrozen(config.discord?.autoAnswerChannelIds)).toBe(true);
		expect(Object.isFrozen(config.discord?.moderatorRoleIds)).toBe(true);
		expect(Object.isFrozen(config.database)).toBe(true);
	});

	test('GIVEN unrelated variables in the environment THEN they are ignored', () => {
		expect(configOf({ PATH: '/usr/bin', HOME: '/root', NODE_ENV: 'test' })).toEqual(configOf({}));
	});
});

describe('readConfig rejects each invalid variable with one line naming it and what is allowed', () => {
	test.each([
		{ name: 'LOG_LEVEL', value: 'loud', allowed: 'one of fatal, error, warn, info, debug, trace, silent' },
		{ name: 'LOG_LEVEL', value: 'INFO', allowed: 'one of fatal, error, warn, info, debug, trace, silent' },
		{ name: 'MAX_QUESTION_LENGTH', value: 'lots', allowed: 'a whole number' },
		{ name: 'MAX_QUESTION_LENGTH', value: '12.5', allowed: 'a whole number' },
		{ name: 'MAX_QUESTION_LENGTH', value: '19', allowed: 'at least 20' },
		{ name: 'MAX_QUESTION_LENGTH', value: '6001', allowed: 'at most 6000' },
		{ name: 'ASK_COOLDOWN_SECONDS', value: 'soon', allowed: 'a number of seconds' },
		{ name: 'ASK_COOLDOWN_SECONDS', value: '-1', allowed: 'at least 0' },
		{ name: 'ASK_COOLDOWN_SECONDS', value: '3601', allowed: 'at most 3600' },
		{ name: 'ANSWER_MENTIONS', value: 'maybe', allowed: 'true or false' },
		{ name: 'DISCORD_APPLICATION_ID', value: 'my-app', allowed: 'a Discord id (17–20 digits)' },
		{ name: 'DISCORD_GUILD_ID', value: '1234', allowed: 'a Discord id (17–20 digits)' },
		{ name: 'DISCORD_API_URL', value: 'ftp://discord.com/api', allowed: 'an http(s) URL' },
		{ name: 'DISCORD_API_URL', value: 'not a url', allowed: 'an http(s) URL' },
		{ name: 'AUTO_ANSWER_CHANNEL_IDS', value: `${APP},general`, allowed: 'a Discord id (17–20 digits)' },
		{ name: 'MODERATOR_ROLE_IDS', value: 'Moderators', allowed: 'a Discord id (17–20 digits)' },
		{ name: 'RETENTION_DAYS', value: 'forever', allowed: 'a whole number of days' },
		{ name: 'RETENTION_DAYS', value: '7.5', allowed: 'a whole number of days' },
		{ name: 'RETENTION_DAYS', value: '0', allowed: 'at least 1' },
		{ name: 'RETENTION_DAYS', value: '3651', allowed: 'at most 3650' },
		{ name: 'ANSWER_CONFIDENCE', value: 'high', allowed: 'a probability between 0.05 and 0.99' },
		{ name: 'ANSWER_CONFIDENCE', value: '60', allowed: 'at most 0.99' },
		{ name: 'AUTO_ANSWER_CONFIDENCE', value: '0', allowed: 'at least 0.05' },
	])('GIVEN $name=$value THEN one line names $name and says it must be "$allowed"', ({ name, value, allowed }) => {
		const errors = errorsOf({ DISCORD_TOKEN: TOKEN, [name]: value });
		expect(errors).toHaveLength(1);
		const [line] = errors;
		expect(line).not.toContain('\n');
		expect(line?.startsWith(`${name}: must be `)).toBe(true);
		expect(line).toContain(allowed);
		expect(line).toContain(JSON.stringify(value));
	});

	test('GIVEN three invalid variables THEN there are three lines, one naming each', () => {
		const errors = errorsOf({ LOG_LEVEL: 'loud', MAX_QUESTION_LENGTH: '5', ANSWER_MENTIONS: 'perhaps' });
		expect(errors).toHaveLength(3);
		expect(errors.map((line) => line.split(':')[0]).sort()).toEqual(['ANSWER_MENTIONS', 'LOG_LEVEL', 'MAX_QUESTION_LENGTH']);
	});

	// zod reports one issue per bad list item; readConfig promises one line per bad variable.
	test('GIVEN AUTO_ANSWER_CHANNEL_IDS with two bad ids THEN there is still one line for the variable', () => {
		const errors = errorsOf({ AUTO_ANSWER_CHANNEL_IDS: 'general,random' });
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatch(/^AUTO_ANSWER_CHANNEL_IDS: /);
	});
});

describe('readConfig never echoes the bot token', () => {
	test.each([
		{ name: 'a token too short to be real', env: { DISCORD_TOKEN: 'short-secret' }, secret: 'short-secret' },
		{ name: 'a valid token next to a bad LOG_LEVEL', env: { DISCORD_TOKEN: TOKEN, LOG_LEVEL: 'loud' }, secret: TOKEN },
		{ name: 'a valid token next to every other variable bad', env: { DISCORD_TOKEN: TOKEN, LOG_LEVEL: 'x', MAX_QUESTION_LENGTH: 'x', ASK_COOLDOWN_SECONDS: 'x', ANSWER_MENTIONS: 'x', DISCORD_GUILD_ID: 'x', DISCORD_APPLICATION_ID: 'x', DISCORD_API_URL: 'x', AUTO_ANSWER_CHANNEL_IDS: 'x' }, secret: TOKEN },
	])('GIVEN $name THEN no error line contains the token', ({ env, secret }) => {
		const errors = errorsOf(env);
		expect(errors.length).toBeGreaterThan(0);
		for (const line of errors) expect(line).not.toContain(secret);
		expect(errors.join('\n')).not.toContain(secret.slice(0, 8));
	});

	test('GIVEN a too-short token THEN the line names DISCORD_TOKEN and what is expected', () => {
		expect(errorsOf({ DISCORD_TOKEN: 'short-secret' })).toEqual(['DISCORD_TOKEN: must be a bot token from the Discord developer portal']);
	});
});

describe('readConfig AUTO_ANSWER_CHANNEL_IDS', () => {
	test.each([
		{ value: APP, ids: [APP] },
		{ value: `${APP},${GUILD}`, ids: [APP, GUILD] },
		{ value: ` ${APP} , ${GUILD} `, ids: [APP, GUILD] },
		{ value: `${APP},,${GUILD},`, ids: [APP, GUILD] },
		{ value: '12345678901234567890', ids: ['12345678901234567890'] },
		{ value: '', ids: [] },
		{ value: ' , ', ids: [] },
	])('GIVEN "$value" THEN the channel ids are $ids', ({ value, ids }) => {
		expect(configOf({ DISCORD_TOKEN: TOKEN, AUTO_ANSWER_CHANNEL_IDS: value }).discord?.autoAnswerChannelIds).toEqual(ids);
	});

	test.each(['1234567890123456', '123456789012345678901', '12345678901234567x'])('GIVEN the id "%s" THEN it is rejected', (value) => {
		expect(errorsOf({ AUTO_ANSWER_CHANNEL_IDS: value })).toEqual([expect.stringMatching(/^AUTO_ANSWER_CHANNEL_IDS: must be a Discord id/)]);
	});
});

describe('readConfig treats blank values as unset', () => {
	test.each(['', '   ', '\t'])('GIVEN every variable set to %j THEN the defaults apply', (blank) => {
		const config = configOf({
			DISCORD_TOKEN: blank,
			DISCORD_APPLICATION_ID: blank,
			DISCORD_GUILD_ID: blank,
			DISCORD_API_URL: blank,
			FAQ_DIR: blank,
			LOG_LEVEL: blank,
			MAX_QUESTION_LENGTH: blank,
			ASK_COOLDOWN_SECONDS: blank,
			ANSWER_MENTIONS: blank,
			AUTO_ANSWER_CHANNEL_IDS: blank,
			MODERATOR_ROLE_IDS: blank,
			DATABASE_PATH: blank,
			RETENTION_DAYS: blank,
		});
		expect(config).toEqual({ faqDir: './faq', logLevel: 'info', maxQuestionLength: 500, database: DEFAULT_DATABASE });
	});

	test('GIVEN a token and blank Discord ids THEN the ids are simply absent', () => {
		const config = configOf({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: '', DISCORD_GUILD_ID: ' ', DISCORD_API_URL: '', ASK_COOLDOWN_SECONDS: '', ANSWER_MENTIONS: '' });
		expect(config.discord).toEqual({ token: TOKEN, ...DISCORD_DEFAULTS });
	});

	test('GIVEN undefined values THEN they are unset too', () => {
		expect(configOf({ LOG_LEVEL: undefined, DISCORD_TOKEN: undefined })).toEqual(configOf({}));
	});
});

describe('readConfig flags', () => {
	test.each([
		['true', true],
		['1', true],
		['yes', true],
		['on', true],
		['false', false],
		['0', false],
		['no', false],
		['off', false],
	])('GIVEN ANSWER_MENTIONS=%s THEN answerMentions is %s', (value, expected) => {
		expect(configOf({ DISCORD_TOKEN: TOKEN, ANSWER_MENTIONS: value }).discord?.answerMentions).toBe(expected);
	});

	test('GIVEN ASK_COOLDOWN_SECONDS=0 THEN the cooldown is off (0)', () => {
		expect(configOf({ DISCORD_TOKEN: TOKEN, ASK_COOLDOWN_SECONDS: '0' }).discord?.cooldownSeconds).toBe(0);
	});

	test.each([
		['20', 20],
		['6000', 6000],
		[' 250 ', 250],
	])('GIVEN MAX_QUESTION_LENGTH=%j THEN it is %i', (value, expected) => {
		expect(configOf({ MAX_QUESTION_LENGTH: value }).maxQuestionLength).toBe(expected);
	});

	test.each(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])('GIVEN LOG_LEVEL=%s THEN it is accepted', (level) => {
		expect(configOf({ LOG_LEVEL: level }).logLevel).toBe(level);
	});
});

describe('every setting is documented', () => {
	const envExample = readFileSync(new URL('../.env.example', import.meta.url), 'utf8');
	const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
	test.each(SETTING_NAMES)('GIVEN %s THEN .env.example sets it under a comment and README has a row for it', (name) => {
		expect(envExample).toMatch(new RegExp(`#.*\\n${name}=`));
		expect(readme).toContain(`| \`${name}\` |`);
	});
});
