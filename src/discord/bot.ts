import { randomBytes } from 'node:crypto';
import { Client, Events, GatewayIntentBits, Options } from 'discord.js';
import type { Config } from '../config.js';
import type { LiveEngine } from '../serving/live.js';
import { systemClock, type Clock } from '../lib/clock.js';
import { fail, ok, type Result } from '../lib/result.js';
import type { Logger } from '../logger.js';
import type { Engine } from '../match/engine.js';
import { createDesk } from '../moderation/desk.js';
import { createEditor } from '../moderation/edit.js';
import { createLearning } from '../moderation/learning.js';
import { openStore } from '../store/open.js';
import { startBackgroundWork, type BackgroundWork } from './background.js';
import { commands } from './commands/index.js';
import type { BotContext, DiscordConfig } from './context.js';
import { createCooldown } from './cooldown.js';
import { createInteractionHandler } from './interactions.js';
import { createMessageHandler } from './mentions.js';

export interface BotOptions {
	readonly config: Config & { readonly discord: DiscordConfig };
	readonly engine: Engine;
	readonly logger: Logger;
	/**
	 * The live engine following `config.faqDir`, for moderators' reload and edits (`npm start` always
	 * passes it, as `engine` too). Without it the FAQ is served as given and cannot be changed here.
	 */
	readonly live?: LiveEngine;
	/** The time daily tips go by; the system's, except in tests. */
	readonly clock?: Clock;
}

export interface Bot {
	readonly client: Client<true>;
	/** Resolves once no daily tip is being posted and no old row deleted at the moment. */
	idle(): Promise<void>;
	/** Finishes what is under way, disconnects from Discord and closes the database; the process can then exit. */
	stop(): Promise<void>;
}

/**
 * Opens the bot's database, connects to Discord and resolves once the bot is ready and serving its
 * guilds, with its daily tips running; or with why it cannot start (a database it cannot open, a
 * login Discord refuses). Only the bot opens the database: the terminal chat and the CLIs run
 * without one.
 */
export async function startBot({ config, engine, logger, live, clock = systemClock }: BotOptions): Promise<Result<Bot, string>> {
	const { discord } = config;
	const opened = await openStore(config.database);
	if (!opened.ok) return opened;
	const store = opened.value;
	// The voter key is made once per database, from 256 random bits, and kept there.
	const learning = await createLearning(store.learning, clock, logger, () => randomBytes(32).toString('base64url')).catch(async (error: unknown) => {
		await store.close();
		throw error;
	});
	const editing = live && {
		reload: () => live.reload(),
		desk: createDesk({
			editor: createEditor({ dir: config.faqDir, check: live.check }),
			serve: (pack) => live.serve(pack),
			engine: () => live,
			history: store.history,
			learning: store.learning,
			clock,
			logger,
		}),
	};
	const readsMessages = discord.answerMentions || discord.autoAnswerChannelIds.length > 0;
	const client = new Client({
		// Message content is a privileged intent: asked for only when a feature reads messages.
		intents: [GatewayIntentBits.Guilds, ...(readsMessages ? [GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent] : [])],
		// Every send sets this too; the default is the safety net for a send that forgets.
		allowedMentions: { parse: [], repliedUser: false },
		// The bot reads nothing back from Discord's caches, so it keeps none of the members,
		// users or messages it sees: memory stays flat however busy the server is.
		makeCache: Options.cacheWithLimits({
			...Options.DefaultMakeCacheSettings,
			MessageManager: 0,
			PresenceManager: 0,
			ReactionManager: 0,
			GuildMemberManager: { maxSize: 0, keepOverLimit: (member) => member.id === member.client.user.id },
			UserManager: { maxSize: 0, keepOverLimit: (user) => user.id === user.client.user.id },
		}),
		...(discord.apiUrl ? { rest: { api: discord.apiUrl } } : {}),
	});

	const served = commands.map((command) => ({ command, definition: command.data({ ...config, pack: engine.faq.pack }) }));
	let background: BackgroundWork | undefined;
	const context: BotContext = {
		engine,
		discord,
		cooldown: createCooldown(discord.cooldownSeconds),
		learning,
		...(editing ? { editing } : {}),
		logger,
		store,
		retentionDays: config.database.retentionDays,
		clock,
		// Set once the bot is ready; a change made before that is seen by the scheduler's first pass.
		wakeScheduler: () => background?.wakeScheduler(),
		definitions: served.map(({ definition }) => definition),
	};
	const byName = new Map(served.map(({ command, definition }) => [definition.name, command]));
	client.on(Events.InteractionCreate, createInteractionHandler(context, byName));
	client.on(Events.Error, (error) => logger.error({ err: error }, 'discord.js client error'));
	client.on(Events.ShardError, (error, shardId) => logger.error({ err: error, shardId }, 'gateway connection error'));
	client.on(Events.Warn, (warning) => logger.warn({ warning }, 'discord.js warning'));

	const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
	try {
		await client.login(discord.token);
	} catch (error) {
		// A token Discord refuses, an API it cannot reach: the admin's to fix, not a bug.
		await client.destroy();
		await store.close();
		return fail([`Cannot log in to Discord: ${error instanceof Error ? error.message : String(error)}`]);
	}
	const readyClient = await ready;
	const work = startBackgroundWork({ rest: readyClient.rest, store, engine, clock, logger, retentionDays: config.database.retentionDays });
	background = work;
	if (readsMessages) readyClient.on(Events.MessageCreate, createMessageHandler(context, readyClient.user.id));
	logger.info(
		{ bot: readyClient.user.tag, guilds: readyClient.guilds.cache.map((guild) => ({ id: guild.id, name: guild.name })) },
		'Cooldown is online',
	);
	return ok({
		client: readyClient,
		idle: () => work.idle(),
		async stop() {
			await work.stop();
			await readyClient.destroy();
			await store.close();
		},
	});
}
