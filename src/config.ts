import { z } from 'zod';
import { DEFAULT_MAX_QUESTION_LENGTH, MAX_QUESTION_LENGTH_LIMIT } from './lib/limits.js';
import { fail, ok, type Result } from './lib/result.js';

const snowflake = z.string().regex(/^\d{17,20}$/, 'a Discord id (17–20 digits)');

const flag = z.preprocess(
	(value) => (typeof value === 'string' ? value.trim().toLowerCase() : value),
	z.enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'], { message: 'true or false' }).transform((value) => ['true', '1', 'yes', 'on'].includes(value)),
);

/** Where the Discord bot keeps its state unless DATABASE_PATH says otherwise; the folder is created on first start. */
export const DEFAULT_DATABASE_PATH = './data/cooldown.db';
/** Nobody asked: an unasked answer needs this probability, besides the ANSWER_CONFIDENCE every answer needs. */
export const DEFAULT_AUTO_ANSWER_CONFIDENCE = 0.9;

/** A probability a setting asks for: not so low that anything goes, nor so high that nothing does. */
const probability = z.coerce.number({ message: 'a probability between 0.05 and 0.99' }).min(0.05, 'at least 0.05').max(0.99, 'at most 0.99');

const blankAsUnset = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

/** Every setting, read from the environment (and `.env`), documented in `.env.example`. */
const envSchema = z.object({
	DISCORD_TOKEN: z.preprocess(blankAsUnset, z.string().min(20, 'a bot token from the Discord developer portal').optional()),
	DISCORD_APPLICATION_ID: z.preprocess(blankAsUnset, snowflake.optional()),
	DISCORD_GUILD_ID: z.preprocess(blankAsUnset, snowflake.optional()),
	DISCORD_API_URL: z.preprocess(blankAsUnset, z.url({ protocol: /^https?$/, message: 'an http(s) URL such as https://discord.com/api' }).optional()),
	FAQ_DIR: z.preprocess(blankAsUnset, z.string().default('./faq')),
	LOG_LEVEL: z.preprocess(
		blankAsUnset,
		z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { message: 'one of fatal, error, warn, info, debug, trace, silent' }).default('info'),
	),
	MAX_QUESTION_LENGTH: z.preprocess(blankAsUnset, z.coerce.number({ message: 'a whole number' }).int('a whole number').min(20, 'at least 20').max(MAX_QUESTION_LENGTH_LIMIT, `at most ${MAX_QUESTION_LENGTH_LIMIT}`).default(DEFAULT_MAX_QUESTION_LENGTH)),
	ASK_COOLDOWN_SECONDS: z.preprocess(blankAsUnset, z.coerce.number({ message: 'a number of seconds' }).min(0, 'at least 0 (0 turns it off)').max(3600, 'at most 3600').default(5)),
	ANSWER_MENTIONS: z.preprocess(blankAsUnset, flag.default(false)),
	AUTO_ANSWER_CHANNEL_IDS: snowflakeList('comma-separated Discord channel ids'),
	ANSWER_CONFIDENCE: z.preprocess(blankAsUnset, probability.optional()),
	AUTO_ANSWER_CONFIDENCE: z.preprocess(blankAsUnset, probability.default(DEFAULT_AUTO_ANSWER_CONFIDENCE)),
	MODERATOR_ROLE_IDS: snowflakeList('comma-separated Discord role ids'),
	DATABASE_PATH: z.preprocess(blankAsUnset, z.string().default(DEFAULT_DATABASE_PATH)),
	RETENTION_DAYS: z.preprocess(blankAsUnset, z.coerce.number({ message: 'a whole number of days' }).int('a whole number of days').min(1, 'at least 1').max(3650, 'at most 3650').default(90)),
});

function snowflakeList(message: string) {
	return z.preprocess(
		(value) => (typeof value === 'string' ? value.split(',').map((id) => id.trim()).filter(Boolean) : value),
		z.array(snowflake, { message }).default([]),
	);
}

type Env = z.infer<typeof envSchema>;

/** Every variable the settings read, for the check that each one is documented. */
export const SETTING_NAMES: readonly string[] = Object.keys(envSchema.shape);

export interface Config {
	readonly faqDir: string;
	readonly logLevel: Env['LOG_LEVEL'];
	readonly maxQuestionLength: number;
	/** The probability an answer needs, when set; otherwise the pack's or the matcher's default. */
	readonly answerConfidence?: number;
	/** The bot's own database; only the Discord bot opens it. */
	readonly database: {
		/** A file path, or `:memory:` for a database that lives as long as the process. */
		readonly path: string;
		/** Days after which rows kept only for a while are deleted. */
		readonly retentionDays: number;
	};
	/** Present only when a bot token is set: the terminal chat runs otherwise. */
	readonly discord?: {
		readonly token: string;
		readonly applicationId?: string;
		readonly guildId?: string;
		readonly apiUrl?: string;
		readonly cooldownSeconds: number;
		readonly answerMentions: boolean;
		readonly autoAnswerChannelIds: readonly string[];
		/** The probability an answer needs before the bot speaks unasked in an auto-answer channel. */
		readonly autoAnswerConfidence: number;
		/** Members with one of these roles count as moderators, besides those with Manage Server. */
		readonly moderatorRoleIds: readonly string[];
	};
}

/** The settings, or one line per bad variable naming it and what it accepts. */
export function readConfig(env: Record<string, string | undefined>): Result<Config, string> {
	const parsed = envSchema.safeParse(env);
	if (!parsed.success) {
		// One line per variable, however many of its parts are wrong.
		const byName = new Map<string, string>();
		for (const issue of parsed.error.issues) {
			const name = String(issue.path[0] ?? 'environment');
			if (byName.has(name)) continue;
			// A secret is never echoed back into a terminal or a log.
			const got = name.includes('TOKEN') ? '' : ` (got ${JSON.stringify(env[name] ?? '')})`;
			byName.set(name, `${name}: must be ${issue.message}${got}`);
		}
		return fail([...byName.values()]);
	}
	const e = parsed.data;
	return ok(
		Object.freeze({
			faqDir: e.FAQ_DIR,
			logLevel: e.LOG_LEVEL,
			maxQuestionLength: e.MAX_QUESTION_LENGTH,
			...(e.ANSWER_CONFIDENCE === undefined ? {} : { answerConfidence: e.ANSWER_CONFIDENCE }),
			database: Object.freeze({ path: e.DATABASE_PATH, retentionDays: e.RETENTION_DAYS }),
			...(e.DISCORD_TOKEN
				? {
						discord: Object.freeze({
							token: e.DISCORD_TOKEN,
							...(e.DISCORD_APPLICATION_ID ? { applicationId: e.DISCORD_APPLICATION_ID } : {}),
							...(e.DISCORD_GUILD_ID ? { guildId: e.DISCORD_GUILD_ID } : {}),
							...(e.DISCORD_API_URL ? { apiUrl: e.DISCORD_API_URL.replace(/\/+$/, '') } : {}),
							cooldownSeconds: e.ASK_COOLDOWN_SECONDS,
							answerMentions: e.ANSWER_MENTIONS,
							autoAnswerChannelIds: Object.freeze([...e.AUTO_ANSWER_CHANNEL_IDS]),
							autoAnswerConfidence: e.AUTO_ANSWER_CONFIDENCE,
							moderatorRoleIds: Object.freeze([...e.MODERATOR_ROLE_IDS]),
						}),
					}
				: {}),
		}),
	);
}
