import type { Clock } from '../lib/clock.js';
import { startLoop, type Loop } from '../lib/loop.js';
import type { Logger } from '../logger.js';
import type { Store } from './store.js';

const DAY_MS = 86_400_000;

/**
 * Deletes what is older than `days` now and then once a day. Every process sharing the database
 * may run it: deleting what is already gone does nothing.
 */
export function startRetention(store: Store, days: number, clock: Clock, logger: Logger): Loop {
	return startLoop(
		clock,
		async () => {
			const deleted = await store.deleteExpired(clock.now() - days * DAY_MS);
			logger.debug({ deleted, retentionDays: days }, 'retention: old rows deleted');
			return DAY_MS;
		},
		(error) => logger.error({ err: error }, 'retention: could not delete old rows; trying again later'),
	);
}
