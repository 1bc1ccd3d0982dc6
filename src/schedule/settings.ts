import type { Faq } from '../faq/model.js';
import { fail, ok, type Result } from '../lib/result.js';
import { parseTimeOfDay } from '../lib/time-of-day.js';
import type { DailyTipSchedule, DailyTipStore } from '../store/store.js';
import { nextTip, type NextTip } from '../tips/rotation.js';
import { tipById, tipOfTheDay, type TodaysTip } from '../tips/today.js';
import { upcomingPost } from './decide.js';
import { tipFor } from './post-due.js';
import { parseTimeZone } from './time-zones.js';
import { localDate } from './zoned.js';

/** A moderator's `/dailytip set`, as typed. */
export interface DailyTipRequest {
	readonly guildId: string;
	readonly channelId: string;
	readonly time: string;
	readonly timeZone: string;
}

export interface DailyTipsSet {
	readonly schedule: DailyTipSchedule;
	/** The schedule had paused itself and runs again. */
	readonly resumed: boolean;
}

/**
 * Turns a guild's daily tips on, changes them, or resumes them after a pause. A bad time or zone
 * changes nothing and says what is wrong with each.
 */
export async function setDailyTips(store: DailyTipStore, request: DailyTipRequest, now: number): Promise<Result<DailyTipsSet, string>> {
	const time = parseTimeOfDay(request.time);
	const timeZone = parseTimeZone(request.timeZone);
	if (!time.ok || !timeZone.ok) return fail([...(time.ok ? [] : time.errors), ...(timeZone.ok ? [] : timeZone.errors)]);
	const settings = { guildId: request.guildId, channelId: request.channelId, time: time.value, timeZone: timeZone.value };
	const current = await store.get(request.guildId);
	const schedule = await store.save(settings, upcomingPost(settings, now, current?.last));
	return ok({ schedule, resumed: current?.paused !== undefined });
}

/** The tip a guild (with `schedule`, if it has daily tips) will get next, without taking it. */
export async function previewTip(store: DailyTipStore, guildId: string, schedule: DailyTipSchedule | undefined, faq: Faq, now: number): Promise<NextTip> {
	return schedule ? tipFor(store, guildId, schedule.last, localDate(now, schedule.timeZone), faq) : nextTip(faq, await store.shownTips(guildId));
}

/**
 * `/tip` in a guild: the tip the guild was posted today (its own local day), so the command and the
 * channel agree. Before that day's post, or when the FAQ no longer has that tip, today's tip for everyone.
 */
export async function guildTipToday(store: DailyTipStore, guildId: string, faq: Faq, now: number): Promise<TodaysTip> {
	const schedule = await store.get(guildId);
	const posted =
		schedule?.last?.status === 'posted' && schedule.last.date === localDate(now, schedule.timeZone) ? tipById(faq, schedule.last.tipId) : undefined;
	return posted ?? tipOfTheDay(faq, new Date(now));
}
