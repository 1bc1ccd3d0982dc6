import { readCommandLine } from './cli/args.js';
import { openChat, type Chat } from './cli/chat.js';
import { checkedPacks, engineSettings, exitOnFaqProblems, loadSettings } from './cli/context.js';
import { describeDiff } from './faq/diff.js';
import { createLiveEngine, type LiveEngine, type ReloadEvent } from './serving/live.js';
import { formatProblem } from './faq/model.js';
import type { PassedPacks } from './serving/passed-packs.js';
import { cacheBeside, type FileCache } from './lib/file-cache.js';
import type { Logger } from './logger.js';
import { discordFit } from './moderation/discord-fit.js';

/**
 * `npm start`: the Discord bot when DISCORD_TOKEN is set, the terminal chat otherwise. The one
 * place where settings, FAQ, engine, logger and front end are put together. Both front ends
 * follow edits to the FAQ folder, so moderators never need a restart.
 */
readCommandLine({
	usage: [
		'Usage: npm run -s start',
		'With DISCORD_TOKEN set (in the environment or .env), runs the Discord bot; without it, a chat in the',
		'terminal on the same FAQ and engine. Every setting is explained in .env.example and README.md.',
	],
});
const config = loadSettings();
const { discord } = config;

if (!discord) {
	let chat: Chat | undefined;
	// A reload before the chat opens has nothing to tell: the banner counts the entries then served.
	const engine = await openEngine((event) => chat?.reloaded(event));
	chat = openChat(engine);
	await chat.closed;
	engine.close();
} else {
	// Loaded only here: discord.js and pino take longer to import than the terminal chat takes to start.
	const [{ createLogger }, { startBot }] = await Promise.all([import('./logger.js'), import('./discord/bot.js')]);
	const logger = createLogger(config.logLevel);
	const engine = await openEngine(logReload(logger));
	// A handler bug must not take the bot down for everyone: log it and keep serving.
	process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));

	const started = await startBot({ config: { ...config, discord }, engine, live: engine, logger });
	if (!started.ok) {
		logger.fatal({ problems: started.errors }, 'could not start the bot; check DISCORD_TOKEN and DATABASE_PATH');
		logger.flush();
		process.exit(1);
	}
	const bot = started.value;

	const shutDown = async (signal: NodeJS.Signals) => {
		logger.info({ signal }, 'shutting down');
		engine.close();
		await bot.stop();
		logger.flush(() => process.exit(0));
	};
	process.once('SIGINT', shutDown);
	process.once('SIGTERM', shutDown);
}

/** The engine on the configured FAQ, following its edits; a FAQ that does not load ends the program. */
async function openEngine(onReload: (event: ReloadEvent) => void): Promise<LiveEngine> {
	const { matcher } = engineSettings(config);
	const live = await createLiveEngine(config.faqDir, config.maxQuestionLength, onReload, { fits: discordFit, ...(matcher ? { matcher } : {}), ...caches() });
	if (!live.ok) exitOnFaqProblems(config.faqDir, live.errors);
	return live.value;
}

function logReload(log: Logger) {
	return (event: ReloadEvent) => {
		if (event.ok) log.info({ entries: event.entries, changes: describeDiff(event.changes) }, 'FAQ reloaded');
		else log.warn({ problems: event.problems.map(formatProblem) }, 'FAQ not reloaded; still serving the last good FAQ (run npm run -s faq -- check)');
	};
}

/**
 * Kept beside the database, so an unchanged FAQ starts in a fraction of the time: a large FAQ's
 * index, the questions members asked counted, and a note that this build already passed the pack
 * through every check (every question reaching its entry, the triage examples, Discord's sizes,
 * uncovered subjects), with what its YAML read as.
 */
function caches(): { indexCache?: FileCache; askedCache?: FileCache; passed?: PassedPacks } {
	const beside = (name: string) => cacheBeside(config.database.path, name);
	const passed = checkedPacks(config);
	return { indexCache: beside('index-cache'), askedCache: beside('asked-cache'), ...(passed ? { passed } : {}) };
}
