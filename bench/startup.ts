import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { START_COMMAND } from '../tests/fixtures/start-command.js';
import type { Verdicts } from './targets.js';

const RUNS = 7;
const QUESTION = 'does hiit make inflammation worse??';
/** The last line of the chat's banner: in a terminal the prompt follows it at once. */
const BANNER_END = 'Type help for commands.';
/** No bot token, even if .env has one: these measure the terminal front ends. */
const ENV = { PATH: process.env.PATH, HOME: process.env.HOME, DISCORD_TOKEN: '', FAQ_DIR: './faq' };

/**
 * Start-up as a person meets it, from outside the process: the terminal chat until its first prompt,
 * and a whole `npm run -s ask -- "…"`. One warm-up run each (the file cache), then the median.
 */
export async function benchStartup(print: (line: string) => void, verdicts: Verdicts): Promise<void> {
	const chat = await repeat(() => timeTo(process.execPath, [...START_COMMAND], BANNER_END, 'quit\n'));
	const firstAfterChange = await repeat(() => withFreshDataDir((env) => timeTo(process.execPath, [...START_COMMAND], BANNER_END, 'quit\n', env)));
	const ask = await repeat(() => timeTo('npm', ['run', '-s', 'ask', '--', QUESTION]));
	print(`Start-up, median of ${RUNS} runs (fastest–slowest):`);
	print(`  terminal chat (node ${START_COMMAND.join(' ')}), first prompt: ${spread(chat)}${verdicts.mark('chatFirstPromptMs', median(chat))}`);
	print(`  the same, first start after a FAQ edit or a new build (nothing noted beside the database): ${spread(firstAfterChange)}`);
	print(`  npm run -s ask -- "${QUESTION}", whole command: ${spread(ask)}${verdicts.mark('askWallMs', median(ask))}`);
}

async function repeat(run: () => Promise<number>): Promise<number[]> {
	await run();
	const times: number[] = [];
	for (let i = 0; i < RUNS; i++) times.push(await run());
	return times.sort((a, b) => a - b);
}

/** Milliseconds from spawning the command until `marker` is on its stdout, or until it exits. */
function timeTo(command: string, args: string[], marker?: string, input = '', env: Record<string, string | undefined> = ENV): Promise<number> {
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const child = spawn(command, args, { env, stdio: ['pipe', 'pipe', 'inherit'] });
		let out = '';
		let seen: number | undefined;
		child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
			out += chunk;
			if (marker !== undefined && seen === undefined && out.includes(marker)) {
				seen = performance.now() - started;
				child.stdin.end(input);
			}
		});
		child.on('error', reject);
		child.on('close', (code) => {
			if (code !== 0) reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${out}`));
			else if (marker === undefined) resolve(performance.now() - started);
			else if (seen === undefined) reject(new Error(`${command} ${args.join(' ')} never printed "${marker}":\n${out}`));
			else resolve(seen);
		});
		if (marker === undefined) child.stdin.end(input);
	});
}

/** A run with its database (and the caches kept beside it) in a new empty folder. */
async function withFreshDataDir(run: (env: Record<string, string | undefined>) => Promise<number>): Promise<number> {
	const dir = await mkdtemp(path.join(tmpdir(), 'cooldown-bench-'));
	try {
		return await run({ ...ENV, DATABASE_PATH: path.join(dir, 'cooldown.db') });
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}

const median = (sorted: readonly number[]) => sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
const spread = (sorted: readonly number[]) => `${median(sorted).toFixed(0)} ms (${sorted[0]?.toFixed(0)}–${sorted.at(-1)?.toFixed(0)} ms)`;
