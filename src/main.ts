import { startChat } from './cli/chat.js';
import { loadContext } from './cli/context.js';
import { startBot } from './discord/bot.js';
import { createLogger } from './logger.js';

/**
 * `npm start`: the Discord bot when DISCORD_TOKEN is set, the terminal chat otherwise. The one
 * place where settings, FAQ, engine, logger and front end are put together.
 */
const { config, engine } = await loadContext();
const { discord } = config;

if (!discord) {
	await startChat(engine);
} else {
	const logger = createLogger(config.logLevel);
	// A handler bug must not take the bot down for everyone: log it and keep serving.
	process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));

	const bot = await startBot({ config: { ...config, discord }, engine, logger }).catch((error: unknown) => {
		logger.fatal({ err: error }, 'could not connect to Discord; check DISCORD_TOKEN');
		logger.flush();
		process.exit(1);
	});

	const shutDown = async (signal: NodeJS.Signals) => {
		logger.info({ signal }, 'shutting down');
		await bot.stop();
		logger.flush(() => process.exit(0));
	};
	process.once('SIGINT', shutDown);
	process.once('SIGTERM', shutDown);
}
