import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { APIChatInputApplicationCommandInteraction, APIUser } from 'discord.js';
import { readLabelledSet } from '../src/eval/labelled-set.js';
import { LABELLED_SETS } from '../src/eval/sets.js';
import { chatInputInteraction } from '../tests/discord-server/payloads.js';
import { startDiscordServer, type DiscordServer } from '../tests/discord-server/server.js';
import { START_COMMAND } from '../tests/fixtures/start-command.js';
import { mb, ms, percentile } from './stats.js';
import type { Verdicts } from './targets.js';

const MEMBERS = 50;
const INTERACTIONS = 1000;
/** The burst's arrival rate: 1,000 questions in 5 seconds, a whole server answering an announcement. */
const BURST_PER_SECOND = 200;

/**
 * /ask interactions from many members against the real bot, built and started as `npm start`
 * starts it (its own process), connected to the loopback Discord server. Latency runs from the
 * dispatch of INTERACTION_CREATE to the bot's callback request; RSS is the bot process's own.
 * Two loads: the burst the targets are for, and saturation (every member asks again the moment
 * they are answered), which shows the bot's capacity on this machine.
 */
export async function benchDiscord(print: (line: string) => void, verdicts: Verdicts): Promise<void> {
	const set = await readLabelledSet(LABELLED_SETS[0].file);
	if (!set.ok) throw new Error('the labelled set is needed for realistic questions');
	const questions = [...set.value.in_scope, ...set.value.off_topic].map(({ q }) => q);
	const members: APIUser[] = Array.from({ length: MEMBERS }, (_, i) => ({ id: `9000000000000${String(i).padStart(5, '0')}`, username: `member${i}`, discriminator: '0', global_name: null, avatar: null }));
	const asks = (count: number) =>
		Array.from({ length: count }, (_, i) => chatInputInteraction({ name: 'ask', options: { question: questions[i % questions.length]! }, user: members[i % MEMBERS]! }));

	const token = 'cooldown-bench-token-0123456789';
	const server = await startDiscordServer({ token, timeoutMs: 20_000 });
	// The cooldown is off: members asking many questions in seconds would otherwise mostly measure
	// the "slow down" notice. The bot's database is in memory, so a bench leaves no file behind.
	const bot = spawn(process.execPath, [...(process.env.BOT_PROF ? ['--cpu-prof', '--cpu-prof-dir=/tmp/botprof'] : []), ...START_COMMAND], {
		env: { PATH: process.env.PATH, DISCORD_TOKEN: token, DISCORD_API_URL: server.apiUrl, ASK_COOLDOWN_SECONDS: '0', LOG_LEVEL: 'warn', DATABASE_PATH: ':memory:' },
		stdio: ['ignore', 'inherit', 'inherit'],
	});
	const exited = once(bot, 'exit') as Promise<[number | null]>;
	try {
		await server.waitForReady(30_000);
		// A running bot is warm: the first few hundred interactions pay for JIT compilation.
		for (const warmUp of asks(300)) await server.dispatchInteraction(warmUp);

		print(`Discord end to end, through the loopback gateway, ${MEMBERS} members asking /ask:`);
		report(print, `burst: ${INTERACTIONS} interactions at ${BURST_PER_SECOND}/s`, await burst(server, asks(INTERACTIONS)), verdicts);
		report(print, `saturation: ${INTERACTIONS} interactions, each member asking again as soon as answered`, await saturation(server, asks(INTERACTIONS)));
		const status = await readFile(`/proc/${bot.pid}/status`, 'utf8');
		const bytes = (field: string) => Number(status.match(new RegExp(`${field}:\\s+(\\d+) kB`))?.[1] ?? Number.NaN) * 1024;
		print(`  bot process RSS now ${mb(bytes('VmRSS'))}, peak ${mb(bytes('VmHWM'))}${verdicts.mark('discordRssMb', bytes('VmHWM') / 1024 / 1024)}`);
	} finally {
		bot.kill('SIGTERM');
		const [code] = await exited;
		print(`  bot exited with ${code} on SIGTERM`);
		await server.close();
	}
}

interface Outcome {
	readonly latencies: readonly number[];
	readonly dropped: number;
	readonly elapsedMs: number;
}

type Interaction = APIChatInputApplicationCommandInteraction;

/** Open loop: interactions arrive on schedule whether or not earlier ones were answered. */
async function burst(server: DiscordServer, interactions: readonly Interaction[]): Promise<Outcome> {
	const started = performance.now();
	const pending: Promise<number | undefined>[] = [];
	for (const [i, interaction] of interactions.entries()) {
		const due = started + (i * 1000) / BURST_PER_SECOND;
		if (due > performance.now()) await sleep(due - performance.now());
		pending.push(timed(server, interaction));
	}
	return outcome(await Promise.all(pending), started);
}

/** Closed loop: each member waits for their answer, then asks the next question at once. */
async function saturation(server: DiscordServer, interactions: readonly Interaction[]): Promise<Outcome> {
	const started = performance.now();
	const perMember = Array.from({ length: MEMBERS }, (_, member) => interactions.filter((_, i) => i % MEMBERS === member));
	const results = await Promise.all(
		perMember.map(async (queue) => {
			const latencies: (number | undefined)[] = [];
			for (const interaction of queue) latencies.push(await timed(server, interaction));
			return latencies;
		}),
	);
	return outcome(results.flat(), started);
}

/** Milliseconds from dispatch to the bot's callback, or undefined when none came in time. */
function timed(server: DiscordServer, interaction: Interaction): Promise<number | undefined> {
	const sent = performance.now();
	return server.dispatchInteraction(interaction).then(
		() => performance.now() - sent,
		() => undefined,
	);
}

function outcome(results: readonly (number | undefined)[], started: number): Outcome {
	const latencies = results.filter((latency) => latency !== undefined).sort((a, b) => a - b);
	return { latencies, dropped: results.length - latencies.length, elapsedMs: performance.now() - started };
}

/** Verdicts only for the burst, the load the targets are for. */
function report(print: (line: string) => void, label: string, { latencies, dropped, elapsedMs }: Outcome, verdicts?: Verdicts): void {
	const p99 = percentile(latencies, 99);
	print(`  ${label}`);
	print(`    answered ${latencies.length}, dropped ${dropped}${verdicts?.mark('discordDropped', dropped) ?? ''}, in ${ms(elapsedMs)} (${((latencies.length * 1000) / elapsedMs).toFixed(0)} per second)`);
	print(`    dispatch → callback: p50 ${ms(percentile(latencies, 50))}, p99 ${ms(p99)}${verdicts?.mark('discordP99Ms', p99) ?? ''}, max ${ms(latencies.at(-1) ?? Number.NaN)}`);
}
