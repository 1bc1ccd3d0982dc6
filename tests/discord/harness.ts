import { Routes } from 'discord.js';
import type { APIInteraction, APIUser } from 'discord.js';
import { readConfig } from '../../src/config.js';
import { startBot, type Bot } from '../../src/discord/bot.js';
import type { Clock } from '../../src/lib/clock.js';
import { createLiveEngine, type LiveEngine } from '../../src/serving/live.js';
import { loadFaq } from '../../src/faq/load.js';
import type { Faq } from '../../src/faq/model.js';
import { createLogger } from '../../src/logger.js';
import { createEngine, type Engine } from '../../src/match/engine.js';
import { discordFit } from '../../src/moderation/discord-fit.js';
import type { Match } from '../../src/match/types.js';
import { startDiscordServer, type DiscordServer, type RecordedRequest } from '../discord-server/server.js';
import { TEST_USER, type DiscordWorld } from '../discord-server/world.js';

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
	/**
	 * A pack folder the bot follows and moderators may change, as `npm start` runs it (a live engine
	 * on it, checked like a reload). Without one the bot serves `faq` (or the shipped pack) as loaded.
	 */
	readonly faqDir?: string;
	/** Another content pack than the shipped one. */
	readonly faq?: Faq;
	/** Wraps the real engine, to force a verdict or a failure. */
	readonly engine?: (engine: Engine) => Engine;
	/** The time daily tips go by; the system clock unless a test drives one. */
	readonly clock?: Clock;
	/** The guilds, channels and members Discord has; one guild with two channels unless given. */
	readonly world?: DiscordWorld;
}

export interface Harness {
	readonly server: DiscordServer;
	/** The bot running now (a new one after `restart`). */
	readonly bot: Bot;
	readonly faq: Faq;
	/** The live engine on `faqDir`, when the test gave one. */
	readonly live?: LiveEngine;
	/** Everything the bot logged, parsed. */
	readonly logs: LogLine[];
	/** Dispatches an interaction and resolves with the body of the bot's first callback for it. */
	interact(interaction: APIInteraction): Promise<CallbackBody>;
	/** Dispatches an interaction the bot defers ("thinking…"), and resolves with the edit that answers it. */
	interactDeferred(interaction: APIInteraction): Promise<RecordedRequest & { body: CallbackBody['data'] }>;
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
	const server = await startDiscordServer({ token: TOKEN, ...(options.world ? { world: options.world } : {}) });
	// A database of its own per bot unless the test shares a file between bots.
	const config = readConfig({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: server.apiUrl, ASK_COOLDOWN_SECONDS: '0', DATABASE_PATH: ':memory:', ...options.env });
	if (!config.ok) throw new Error(`bad test settings: ${config.errors.join('; ')}`);
	const { discord } = config.value;
	if (!discord) throw new Error('bad test settings: no Discord section');

	const logs: LogLine[] = [];
	const logger = createLogger('debug', { write: (line: string) => void logs.push(JSON.parse(line) as LogLine) });
	const live = options.faqDir === undefined ? undefined : await liveEngine(options.faqDir, config.value.maxQuestionLength, logger);
	const faq = live?.faq ?? options.faq ?? (await loadShippedFaq());
	const realEngine = live ?? createEngine(faq, { maxQuestionLength: config.value.maxQuestionLength });
	const start = async () => {
		const started = await startBot({
			config: { ...config.value, ...(options.faqDir ? { faqDir: options.faqDir } : {}), discord },
			engine: options.engine ? options.engine(realEngine) : realEngine,
			logger,
			...(live ? { live } : {}),
			...(options.clock ? { clock: options.clock } : {}),
		});
		if (!started.ok) throw new Error(started.errors.join('\n'));
		return started.value;
	};
	let bot = await start().catch(async (error: unknown) => {
		live?.close();
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
		...(live ? { live } : {}),
		logs,
		interact: async (interaction) => (await server.dispatchInteraction(interaction)).body as CallbackBody,
		interactDeferred: async (interaction) => {
			const callback = await server.dispatchInteraction(interaction);
			if ((callback.body as CallbackBody).type !== 5) throw new Error(`expected a deferred reply, got ${JSON.stringify(callback.body)}`);
			const edit = await server.waitForRequest({ method: 'PATCH', path: Routes.webhookMessage(server.applicationId, interaction.token, '@original') }, 10_000);
			return edit as RecordedRequest & { body: CallbackBody['data'] };
		},
		restart: async (whileDown) => {
			await bot.stop();
			whileDown?.();
			bot = await start();
		},
		stop: async () => {
			await bot.stop();
			live?.close();
			await server.close();
		},
	};
}

/**
 * A live engine on a pack folder, as `npm start` makes it. Its watcher waits a minute for the files
 * to settle: the tests change files and then reload with `/faqadmin reload`, which a watcher reload
 * must not beat to the change (the watcher itself is tested in tests/faq/live.test.ts).
 */
async function liveEngine(dir: string, maxQuestionLength: number, logger: ReturnType<typeof createLogger>): Promise<LiveEngine> {
	const created = await createLiveEngine(dir, maxQuestionLength, (event) => logger.info({ event }, 'FAQ reload (watcher)'), { fits: discordFit, settleMs: 60_000 });
	if (!created.ok) throw new Error(`test setup: the pack in ${dir} does not pass the check: ${JSON.stringify(created.errors)}`);
	return created.value;
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
