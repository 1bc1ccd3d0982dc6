import type { ExpressionBuilder, Kysely } from 'kysely';
import { formatTimeOfDay } from '../../lib/time-of-day.js';
import type { DailyTipStore, PostResult } from '../store.js';
import { minRow, tipIdRow, toSchedule } from './rows.js';
import type { Tables } from './tables.js';

const SCHEDULES = 'daily_tip_schedules';

/** The daily-tip records over any Kysely dialect: the SQL here is the same for SQLite and PostgreSQL. */
export function sqlDailyTipStore(db: Kysely<Tables>): DailyTipStore {
	return {
		async get(guildId) {
			const row = await db.selectFrom(SCHEDULES).selectAll().where('guild_id', '=', guildId).executeTakeFirst();
			return row && toSchedule(row);
		},

		async save(settings, nextPostAt) {
			const values = {
				channel_id: settings.channelId,
				post_time: formatTimeOfDay(settings.time),
				time_zone: settings.timeZone,
				next_post_at: nextPostAt,
				failed_days: 0,
				paused_reason: null,
				paused_at: null,
			};
			const row = await db
				.insertInto(SCHEDULES)
				.values({ guild_id: settings.guildId, ...values })
				.onConflict((conflict) => conflict.column('guild_id').doUpdateSet(values))
				.returningAll()
				.executeTakeFirstOrThrow();
			return toSchedule(row);
		},

		async remove(guildId) {
			const { numDeletedRows } = await db.deleteFrom(SCHEDULES).where('guild_id', '=', guildId).executeTakeFirst();
			return numDeletedRows > 0n;
		},

		async due(now, limit) {
			const rows = await db.selectFrom(SCHEDULES).selectAll().where('next_post_at', '<=', now).orderBy('next_post_at').limit(limit).execute();
			return rows.map(toSchedule);
		},

		async nextDueAt() {
			return minRow.parse(await db.selectFrom(SCHEDULES).select((eb) => eb.fn.min('next_post_at').as('earliest')).executeTakeFirst());
		},

		async reschedule(guildId, from, to) {
			const { numUpdatedRows } = await db
				.updateTable(SCHEDULES)
				.set({ next_post_at: to })
				.where('guild_id', '=', guildId)
				.where('next_post_at', '=', from)
				.executeTakeFirst();
			return numUpdatedRows > 0n;
		},

		async claim(claim) {
			const row = await db
				.updateTable(SCHEDULES)
				.set((eb) => ({
					next_post_at: claim.following,
					last_date: claim.date,
					last_tip_id: claim.tipId,
					last_status: 'posting',
					last_attempt_at: claim.now,
					last_error: null,
					attempts: eb.case().when('last_date', '=', claim.date).then(eb('attempts', '+', 1)).else(1).end(),
				}))
				.where('guild_id', '=', claim.guildId)
				// The compare-and-set: whoever moved next_post_at first took this post.
				.where('next_post_at', '=', claim.dueAt)
				.where('next_post_at', '<=', claim.now)
				// A day already posted, given up, or being posted is never taken again.
				.where((eb) => eb.or([eb('last_date', 'is', null), eb('last_date', '<>', claim.date), eb('last_status', '=', 'retrying')]))
				.returningAll()
				.executeTakeFirst();
			if (!row) return undefined;
			// Only the claim's winner gets here, so the rotation needs no lock of its own. Should the
			// process stop between the claim and these writes, the tip may come round once more.
			if (claim.newRound) await db.deleteFrom('tip_rotation').where('guild_id', '=', claim.guildId).execute();
			await db
				.insertInto('tip_rotation')
				.values({ guild_id: claim.guildId, tip_id: claim.tipId, shown_at: claim.now })
				.onConflict((conflict) => conflict.columns(['guild_id', 'tip_id']).doUpdateSet({ shown_at: claim.now }))
				.execute();
			return toSchedule(row);
		},

		async record(result) {
			const row = await db
				.updateTable(SCHEDULES)
				.set((eb) => changesFor(result, eb))
				.where('guild_id', '=', result.guildId)
				.where('last_date', '=', result.date)
				.where('last_status', '=', 'posting')
				.returningAll()
				.executeTakeFirst();
			return row && toSchedule(row);
		},

		async shownTips(guildId) {
			const rows = await db.selectFrom('tip_rotation').select('tip_id').where('guild_id', '=', guildId).orderBy('shown_at').execute();
			return rows.map((row) => tipIdRow.parse(row));
		},
	};
}

function changesFor(result: PostResult, eb: ExpressionBuilder<Tables, typeof SCHEDULES>) {
	switch (result.kind) {
		case 'posted':
			return { last_status: 'posted', last_posted_at: result.now, last_error: null, failed_days: 0 };
		case 'retry':
			return { last_status: 'retrying', last_error: result.error, next_post_at: result.retryAt };
		case 'failed': {
			// One statement counts the day and pauses on the last straw, so nothing can slip in between.
			const pausing = eb('failed_days', '>=', result.pause.afterDays - 1);
			return {
				last_status: 'failed',
				last_error: result.error,
				failed_days: eb('failed_days', '+', 1),
				next_post_at: eb.case().when(pausing).then(null).else(eb.ref('next_post_at')).end(),
				paused_reason: eb.case().when(pausing).then(result.pause.reason).else(eb.ref('paused_reason')).end(),
				paused_at: eb.case().when(pausing).then(result.now).else(eb.ref('paused_at')).end(),
			};
		}
	}
}
