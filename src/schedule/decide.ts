import type { DailyTipSettings, LastPost } from '../store/store.js';
import { addDays, instantOf, localDate } from './zoned.js';

/** What to do with a schedule whose time has come. */
export type Decision =
	/** Post the tip for the guild's local `date`; the schedule then moves on to `following`. */
	| { readonly post: true; readonly date: string; readonly following: number }
	/** Nothing to post now: the post is due at `nextAt`. */
	| { readonly post: false; readonly nextAt: number };

type When = Pick<DailyTipSettings, 'time' | 'timeZone'>;

/**
 * Once today's time has passed, today's tip is owed until it is posted, given up on, or being
 * posted elsewhere. A day that ended while the bot was down is not owed any more: it is skipped,
 * never made up for.
 */
export function decide(settings: When, now: number, last: LastPost | undefined): Decision {
	const today = localDate(now, settings.timeZone);
	if (now >= instantOf(today, settings.time, settings.timeZone) && !settled(last, today)) {
		return { post: true, date: today, following: instantOf(addDays(today, 1), settings.time, settings.timeZone) };
	}
	return { post: false, nextAt: upcomingPost(settings, now, last) };
}

/**
 * When the next post is due, seen from `now`: today's time if it is still ahead and today has not
 * had its tip, otherwise tomorrow's. Setting a time that has already passed today therefore waits
 * until tomorrow rather than posting at once.
 */
export function upcomingPost(settings: When, now: number, last: LastPost | undefined): number {
	const today = localDate(now, settings.timeZone);
	const todays = instantOf(today, settings.time, settings.timeZone);
	return now < todays && !settled(last, today) ? todays : instantOf(addDays(today, 1), settings.time, settings.timeZone);
}

function settled(last: LastPost | undefined, date: string): boolean {
	return last?.date === date && last.status !== 'retrying';
}
