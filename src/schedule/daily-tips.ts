import type { Clock } from '../lib/clock.js';
import { startLoop, type Loop } from '../lib/loop.js';
import { postDueTips, type DailyPostDeps } from './post-due.js';

/**
 * The longest the scheduler sleeps. A process wakes itself for its own changes; a change made
 * through another process sharing the database (another shard) is seen within this.
 */
export const LONGEST_SLEEP_MS = 60_000;
const AFTER_OTHERS_MS = 1000;

/** What runs the daily tips: a pass whenever a post falls due, and at least every minute. */
export function startDailyTips(deps: DailyPostDeps & { readonly clock: Clock }): Loop {
	const { clock, store, logger } = deps;
	return startLoop(
		clock,
		async () => {
			const { more } = await postDueTips(deps, clock.now());
			if (more) return 0;
			const next = await store.nextDueAt();
			if (next === undefined) return LONGEST_SLEEP_MS;
			const wait = next - clock.now();
			// Something due that this pass did not take is another process's to post; look again soon.
			return wait > 0 ? Math.min(wait, LONGEST_SLEEP_MS) : AFTER_OTHERS_MS;
		},
		(error) => logger.error({ err: error }, 'daily tips: a pass failed; trying again in a minute'),
	);
}
