import { statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { upcomingPost } from '../src/schedule/decide.js';
import { DUE_BATCH } from '../src/schedule/post-due.js';
import { TIME_ZONES } from '../src/schedule/time-zones.js';
import { openSqliteStore } from '../src/store/sqlite/open.js';
import type { Store } from '../src/store/store.js';
import { mulberry32 } from './generated-faq.js';
import { mb, ms, percentile } from './stats.js';
import type { Verdicts } from './targets.js';

const GUILDS = 10_000;
const ROUNDS = 500;

/**
 * 10,000 guilds with daily tips at random times in random zones, in a SQLite file as the bot keeps
 * it: how long the scheduler's question "which are due now?" takes at one instant, in the steady
 * state (a minute's worth due) and after a long outage (every one due, one batch taken), and the
 * size of the file.
 */
export async function benchSchedule(print: (line: string) => void, verdicts: Verdicts): Promise<void> {
	const dir = await mkdtemp(path.join(tmpdir(), 'cooldown-bench-'));
	const file = path.join(dir, 'cooldown.db');
	try {
		const opened = await openSqliteStore(file);
		if (!opened.ok) throw new Error(opened.errors.join('; '));
		const store = opened.value;
		const random = mulberry32(7);
		const start = Date.parse('2026-06-10T00:00:00Z');
		const fill = performance.now();
		for (let i = 0; i < GUILDS; i += 1) {
			const settings = {
				guildId: String(1_200_000_000_000_000_000n + BigInt(i)),
				channelId: String(1_300_000_000_000_000_000n + BigInt(i)),
				time: { hour: Math.floor(random() * 24), minute: Math.floor(random() * 60) },
				timeZone: TIME_ZONES[Math.floor(random() * TIME_ZONES.length)]!,
			};
			await store.dailyTips.save(settings, upcomingPost(settings, start, undefined));
		}
		const filled = performance.now() - fill;

		const instant = start + 12 * 3_600_000 + 60_000;
		const backlog = await timeDue(() => store.dailyTips.due(instant, DUE_BATCH));
		// Steady state: what is due at one instant is what came due since the last pass, a minute ago.
		await moveDueBefore(store, instant);
		const minute = await timeDue(() => store.dailyTips.due(instant, DUE_BATCH));
		const outage = await timeDue(() => store.dailyTips.due(start + 2 * 86_400_000, DUE_BATCH));
		const next = await timeDue(async () => [await store.dailyTips.nextDueAt()]);
		await store.close();

		print(`Daily tips, ${GUILDS.toLocaleString('en')} guilds with schedules in a SQLite file (filled in ${ms(filled)}):`);
		print(`  due at one instant, a minute's worth (${minute.count} guilds): p50 ${ms(percentile(minute.times, 50))}, p99 ${ms(percentile(minute.times, 99))}${verdicts.mark('scheduleDueP99Ms', percentile(minute.times, 99))}`);
		print(`  due after 12 hours down (one batch of ${backlog.count} taken): p50 ${ms(percentile(backlog.times, 50))}, p99 ${ms(percentile(backlog.times, 99))}`);
		print(`  after two days down (all due, one batch of ${outage.count}): p50 ${ms(percentile(outage.times, 50))}, p99 ${ms(percentile(outage.times, 99))}`);
		print(`  earliest next post (the scheduler's sleep): p50 ${ms(percentile(next.times, 50))}`);
		print(`  database file: ${mb(statSync(file).size)} (${Math.round(statSync(file).size / GUILDS)} bytes a guild)`);
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}

async function timeDue(query: () => Promise<readonly unknown[]>): Promise<{ times: number[]; count: number }> {
	let count = 0;
	for (let i = 0; i < 20; i += 1) await query(); // warm up
	const times: number[] = [];
	for (let i = 0; i < ROUNDS; i += 1) {
		const begin = performance.now();
		count = (await query()).length;
		times.push(performance.now() - begin);
	}
	return { times: times.sort((a, b) => a - b), count };
}

/** Everything due before the last minute is taken as a running bot would have: moved to its next day. */
async function moveDueBefore(store: Store, instant: number): Promise<void> {
	for (;;) {
		const due = await store.dailyTips.due(instant - 60_000, 1000);
		if (due.length === 0) return;
		for (const schedule of due) await store.dailyTips.reschedule(schedule.guildId, schedule.nextPostAt!, upcomingPost(schedule, instant - 60_000, undefined));
	}
}
