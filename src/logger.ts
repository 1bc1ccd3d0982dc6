import { pino, type DestinationStream, type Logger } from 'pino';
import type { Config } from './config.js';

export type { Logger } from 'pino';

/** JSON lines on stdout (or a test's stream); pretty-printing is left to whoever reads them. */
export function createLogger(level: Config['logLevel'], destination?: DestinationStream): Logger {
	const options = { level, base: { app: 'cooldown' } };
	return destination ? pino(options, destination) : pino(options);
}
