import { Client, Events, GatewayIntentBits, Options } from 'discord.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { Engine } from '../match/engine.js';
import { commands } from './commands/index.js';
import type { BotContext, DiscordConfig } from './context.js';
import { createCooldown } from './cooldown.js';
import { discardFeedback, type FeedbackSink } from './feedback.js';
import { createInteractionHandler } from './interactions.js';
import { createMessageHandler } from './mentions.js';

export interface BotOptions {
	readonly config: Config & { readonly discord: DiscordConfig };
	readonly engine: Engine;
	readonly logger: Logger;
	/** Where "Helpful" / "Not helpful" clicks go; nowhere by default. */
	readonly feedback?: FeedbackSink;
}

export interface Bot {
	readonly client: Client<true>;
	/** Disconnects from Discord; the process can then exit. */
	stop(): Promise<void>;
}

/** Connects to Discord and resolves once the bot is ready and serving its guilds. */
export async function startBot({ config, engine, logger, feedback = discardFeedback }: BotOptions): Promise<Bot> {
	const { discord } = config;
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

	const served = commands.map((command) => ({ command, definition: command.data(config) }));
	const context: BotContext = {
		engine,
		discord,
		cooldown: createCooldown(discord.cooldownSeconds),
		feedback,
		logger,
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
		await client.destroy();
		throw error;
	}
	const readyClient = await ready;
	if (readsMessages) readyClient.on(Events.MessageCreate, createMessageHandler(context, readyClient.user.id));
	logger.info(
		{ bot: readyClient.user.tag, guilds: readyClient.guilds.cache.map((guild) => ({ id: guild.id, name: guild.name })) },
		'Cooldown is online',
	);
	return { client: readyClient, stop: () => readyClient.destroy() };
}
