import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * The node arguments `npm start` runs (package.json), flags included, so that the benchmarks start
 * exactly that process: `node …START_COMMAND`.
 */
export const START_COMMAND: readonly string[] = readStartCommand();

function readStartCommand(): string[] {
	const start = z.object({ scripts: z.object({ start: z.string() }) }).parse(JSON.parse(readFileSync('package.json', 'utf8'))).scripts.start;
	const command = start.match(/^node ((?:--\S+ )*scripts\/run\.mjs start)$/)?.[1];
	if (!command) throw new Error(`package.json's start script is not "node [flags] scripts/run.mjs start": ${start}`);
	return command.split(' ');
}
