import type { Kysely } from 'kysely';
import { utcDay } from '../../lib/day.js';
import type { Store } from '../store.js';
import { sqlDailyTipStore } from './daily-tips.js';
import { sqlHistoryStore } from './history.js';
import { sqlLearningStore } from './learning.js';
import type { Tables } from './tables.js';

/** What members taught the bot is kept by day; a day is gone once it is wholly older than the cutoff. */
const LEARNED = ['feedback_votes', 'answered_entries', 'unanswered_questions'] as const;

/** The store over a migrated database, whatever its dialect. */
export function sqlStore(db: Kysely<Tables>): Store {
	return {
		dailyTips: sqlDailyTipStore(db),
		learning: sqlLearningStore(db),
		history: sqlHistoryStore(db),
		async deleteExpired(cutoff) {
			// The rotation is what keeps a guild's tips from repeating, so it stays while daily tips
			// are on; a guild that turned them off has it removed once it is old enough.
			const rotation = await db
				.deleteFrom('tip_rotation')
				.where('shown_at', '<', cutoff)
				.where('guild_id', 'not in', db.selectFrom('daily_tip_schedules').select('guild_id'))
				.executeTakeFirst();
			const deleted: Record<string, number> = { tip_rotation: Number(rotation.numDeletedRows) };
			const day = utcDay(cutoff);
			for (const table of LEARNED) {
				const result = await db.deleteFrom(table).where('day', '<', day).executeTakeFirst();
				deleted[table] = Number(result.numDeletedRows);
			}
			return deleted;
		},
		close: () => db.destroy(),
	};
}
