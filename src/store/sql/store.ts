import type { Kysely } from 'kysely';
import type { Store } from '../store.js';
import { sqlDailyTipStore } from './daily-tips.js';
import type { Tables } from './tables.js';

/** The store over a migrated database, whatever its dialect. */
export function sqlStore(db: Kysely<Tables>): Store {
	return {
		dailyTips: sqlDailyTipStore(db),
		async deleteExpired(cutoff) {
			// The rotation is what keeps a guild's tips from repeating, so it stays while daily tips
			// are on; a guild that turned them off has it removed once it is old enough.
			const rotation = await db
				.deleteFrom('tip_rotation')
				.where('shown_at', '<', cutoff)
				.where('guild_id', 'not in', db.selectFrom('daily_tip_schedules').select('guild_id'))
				.executeTakeFirst();
			return { tip_rotation: Number(rotation.numDeletedRows) };
		},
		close: () => db.destroy(),
	};
}
