import type { APIInteraction, APIUser } from 'discord.js';
import { readConfig } from '../../src/config.js';
import { startBot, type Bot } from '../../src/discord/bot.js';
import type { FeedbackSink } from '../../src/discord/feedback.js';
import type { Clock } from '../../src/lib/clock.js';
import { loadFaq } from '../../src/faq/load.js';
import type { Faq } from '../../src/faq/model.js';
import { createLogger } from '../../src/logger.js';
import { createEngine, type Engine } from '../../src/match/engine.js';
import type { Match } from '../../src/match/types.js';
import { startDiscordServer, type DiscordServer, type RecordedRequest } from '../discord-server/server.js';
import { TEST_USER } from '../discord-server/world.js';

/** Long enough for the config's token check; the loopback server accepts whatever it is given. */
const TOKEN = 'cooldown-test-token-0123456789';

export interface LogLine {
	readonly level: number;
	readonly msg: string;
	readonly [key: string]: unknown;
}

export interface HarnessOptions {
	/** Settings on top of the token and API URL; the cooldown is off unless set here. */
	readonly env?: Record<string, string | undefined>;
	readonly feedback?: FeedbackSink;
	/** Another content pack than the shipped one. */
	readonly faq?: Faq;
	/** Wraps the real engine, to force a verdict or a failure. */
	readonly engine?: (engine: Engine) => Engine;
	/** The time daily tips go by; the system clock unless a test drives one. */
	readonly clock?: Clock;
}

export interface Harness {
	readonly server: DiscordServer;
	/** The bot running now (a new one after `restart`). */
	readonly bot: Bot;
	readonly faq: Faq;
	/** Everything the bot logged, parsed. */
	readonly logs: LogLine[];
	/** Dispatches an interaction and resolves with the body of the bot's first callback for it. */
	interact(interaction: APIInteraction): Promise<CallbackBody>;
	/** Stops the bot and starts a new one with the same settings and database, as a restart does; `whileDown` runs in between. */
	restart(whileDown?: () => void): Promise<void>;
	stop(): Promise<void>;
}

/** An interaction callback as the bot sent it. */
export interface CallbackBody {
	readonly type: number;
	readonly data: Record<string, unknown> & {
		readonly embeds?: Record<string, unknown>[];
		readonly components?: { readonly components: Record<string, unknown>[] }[];
		readonly choices?: { readonly name: string; readonly value: string }[];
	};
}

let shippedFaq: Promise<Faq> | undefined;

/** The shipped FAQ, loaded once per test file. */
export function loadShippedFaq(): Promise<Faq> {
	shippedFaq ??= loadFaq('faq').then((result) => {
		if (!result.ok) throw new Error(`faq/ does not load: ${JSON.stringify(result.errors)}`);
		return result.value;
	});
	return shippedFaq;
}

/** The loopback Discord server and the real bot connected to it, ready. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
	const server = await startDiscordServer({ token: TOKEN });
	// A database of its own per bot unless the test shares a file between bots.
	const config = readConfig({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: server.apiUrl, ASK_COOLDOWN_SECONDS: '0', DATABASE_PATH: ':memory:', ...options.env });
	if (!config.ok) throw new Error(`bad test settings: ${config.errors.join('; ')}`);
	const { discord } = config.value;
	if (!discord) throw new Error('bad test settings: no Discord section');

	const faq = options.faq ?? (await loadShippedFaq());
	const realEngine = createEngine(faq, { maxQuestionLength: config.value.maxQuestionLength });
	const logs: LogLine[] = [];
	const logger = createLogger('debug', { write: (line: string) => void logs.push(JSON.parse(line) as LogLine) });
	const start = () =>
		startBot({
			config: { ...config.value, discord },
			engine: options.engine ? options.engine(realEngine) : realEngine,
			logger,
			...(options.feedback ? { feedback: options.feedback } : {}),
			...(options.clock ? { clock: options.clock } : {}),
		});
	let bot = await start().catch(async (error: unknown) => {
		await server.close();
		throw error;
	});
	await server.waitForReady();
	return {
		server,
		get bot() {
			return bot;
		},
		faq,
		logs,
		interact: async (interaction) => (await server.dispatchInteraction(interaction)).body as CallbackBody,
		restart: async (whileDown) => {
			await bot.stop();
			whileDown?.();
			bot = await start();
		},
		stop: async () => {
			await bot.stop();
			await server.close();
		},
	};
}

/** The custom ids of a message's components, row by row. */
export function customIds(data: CallbackBody['data'] | Record<string, unknown>): string[][] {
	const rows = (data.components ?? []) as { components: { custom_id: string }[] }[];
	return rows.map((row) => row.components.map((component) => component.custom_id));
}

/** Channel messages the bot posted (message replies), in order. */
export function channelPosts(server: DiscordServer): RecordedRequest[] {
	return server.requests.filter(({ method, path }) => method === 'POST' && /^\/channels\/\d+\/messages$/.test(path));
}

let users = 0;

/** A member no other test has used, so cooldowns never leak between tests. */
export function newUser(overrides: Partial<APIUser> = {}): APIUser {
	users += 1;
	return { ...TEST_USER, id: `14${String(users).padStart(17, '0')}`, username: `member${users}`, ...overrides };
}

/** The real engine, except that one exact question gets the given verdict. */
export function withVerdict(question: string, verdict: (engine: Engine) => Match): (engine: Engine) => Engine {
	return (engine) => ({ ...engine, ask: (asked) => (asked === question ? verdict(engine) : engine.ask(asked)) });
}

/** An "answered" verdict with the given entry, at the given probability. */
export function answeredWith(id: string, score: number): (engine: Engine) => Match {
	return (engine) => ({ status: 'answered', question: id, entry: engine.faq.byId.get(id)!, score, suggestions: [] });
}

/** An "ambiguous" verdict between the given entries, which the shipped FAQ rarely produces on its own. */
export function ambiguousBetween(...ids: string[]): (engine: Engine) => Match {
	return (engine) => ({
		status: 'ambiguous',
		question: 'hiit or lifting?',
		score: 0.33,
		suggestions: ids.map((id) => ({ id, question: engine.faq.byId.get(id)?.question ?? id, score: 0.33 })),
	});
}
