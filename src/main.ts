import { startChat } from './cli/chat.js';
import { exitOnFaqProblems, loadSettings } from './cli/context.js';
import { startBot } from './discord/bot.js';
import { describeDiff } from './faq/diff.js';
import { createLiveEngine, type ReloadEvent } from './faq/live.js';
import { formatProblem } from './faq/model.js';
import { createLogger, type Logger } from './logger.js';
import { discordFit } from './moderation/discord-fit.js';

/**
 * `npm start`: the Discord bot when DISCORD_TOKEN is set, the terminal chat otherwise. The one
 * place where settings, FAQ, engine, logger and front end are put together. Both front ends
 * follow edits to the FAQ folder, so moderators never need a restart.
 */
const config = loadSettings();
const { discord } = config;
const logger = createLogger(discord ? config.logLevel : 'silent');
const live = await createLiveEngine(config.faqDir, config.maxQuestionLength, discord ? logReload(logger) : printReload, { fits: discordFit });
if (!live.ok) exitOnFaqProblems(config.faqDir, live.errors);
const engine = live.value;

if (!discord) {
	await startChat(engine);
	engine.close();
} else {
	// A handler bug must not take the bot down for everyone: log it and keep serving.
	process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));

	const bot = await startBot({ config: { ...config, discord }, engine, live: engine, logger }).catch((error: unknown) => {
		logger.fatal({ err: error }, 'could not start the bot; check DISCORD_TOKEN and DATABASE_PATH');
		logger.flush();
		process.exit(1);
	});

	const shutDown = async (signal: NodeJS.Signals) => {
		logger.info({ signal }, 'shutting down');
		engine.close();
		await bot.stop();
		logger.flush(() => process.exit(0));
	};
	process.once('SIGINT', shutDown);
	process.once('SIGTERM', shutDown);
}

function logReload(log: Logger) {
	return (event: ReloadEvent) => {
		if (event.ok) log.info({ entries: event.entries, changes: describeDiff(event.changes) }, 'FAQ reloaded');
		else log.warn({ problems: event.problems.map(formatProblem) }, 'FAQ not reloaded; still serving the last good FAQ (run npm run faq -- check)');
	};
}

function printReload(event: ReloadEvent): void {
	const lines = event.ok
		? [`(FAQ reloaded, ${event.entries} entries: ${describeDiff(event.changes).join('; ')})`]
		: ['(The FAQ edit has problems; still answering from the last good FAQ.)', ...event.problems.slice(0, 5).map((problem) => `  ${formatProblem(problem)}`)];
	process.stdout.write(`\n${lines.join('\n')}\n`);
}
