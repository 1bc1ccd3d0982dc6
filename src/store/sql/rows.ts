import { z } from 'zod';
import { parseTimeOfDay } from '../../lib/time-of-day.js';
import type { DailyTipSchedule, LastPost } from '../store.js';

/**
 * Rows as the database hands them back, checked before they become domain records: a column
 * whose type drifted (a 64-bit integer arriving as a string from PostgreSQL, a hand-edited value)
 * is converted or refused here, not discovered somewhere in the scheduler.
 */

const millis = z.union([z.number().int(), z.string().regex(/^-?\d+$/).transform(Number)]);
const count = z.union([z.number().int().min(0), z.string().regex(/^\d+$/).transform(Number)]);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const time = z.string().transform((text, context) => {
	const parsed = parseTimeOfDay(text);
	if (parsed.ok) return parsed.value;
	context.addIssue({ code: 'custom', message: parsed.errors.join('; ') });
	return z.NEVER;
});

const scheduleRow = z.object({
	guild_id: z.string().min(1),
	channel_id: z.string().min(1),
	post_time: time,
	time_zone: z.string().min(1),
	next_post_at: millis.nullable(),
	last_date: date.nullable(),
	last_tip_id: z.string().nullable(),
	last_status: z.enum(['posting', 'posted', 'retrying', 'failed']).nullable(),
	last_attempt_at: millis.nullable(),
	attempts: count,
	last_error: z.string().nullable(),
	last_posted_at: millis.nullable(),
	failed_days: count,
	paused_reason: z.string().nullable(),
	paused_at: millis.nullable(),
});

export function toSchedule(row: unknown): DailyTipSchedule {
	const r = scheduleRow.parse(row);
	const last: LastPost | undefined =
		r.last_date !== null && r.last_tip_id !== null && r.last_status !== null && r.last_attempt_at !== null
			? {
					date: r.last_date,
					tipId: r.last_tip_id,
					status: r.last_status,
					attemptedAt: r.last_attempt_at,
					attempts: r.attempts,
					...(r.last_error !== null ? { error: r.last_error } : {}),
				}
			: undefined;
	return {
		guildId: r.guild_id,
		channelId: r.channel_id,
		time: r.post_time,
		timeZone: r.time_zone,
		...(r.next_post_at !== null ? { nextPostAt: r.next_post_at } : {}),
		...(last ? { last } : {}),
		...(r.last_posted_at !== null ? { lastPostedAt: r.last_posted_at } : {}),
		failedDays: r.failed_days,
		...(r.paused_reason !== null && r.paused_at !== null ? { paused: { reason: r.paused_reason, at: r.paused_at } } : {}),
	};
}

export const tipIdRow = z.object({ tip_id: z.string() }).transform(({ tip_id }) => tip_id);

export const minRow = z.object({ earliest: millis.nullable() }).transform(({ earliest }) => earliest ?? undefined);
