import type { TimeOfDay } from '../lib/time-of-day.js';

/**
 * The bot's own memory, as the rest of the code sees it: domain records in, domain records out,
 * asynchronous so that a networked database (PostgreSQL, for several bot processes) fits the same
 * interface. No SQL and no driver type crosses it. Every method is safe to call from several
 * processes sharing one database: whatever decides something (a post is due, it is ours) is one
 * atomic statement there, never a value cached in one process.
 */
export interface Store {
	readonly dailyTips: DailyTipStore;
	/**
	 * Deletes what is kept only for a while and is older than `cutoff` (ms since the epoch); how
	 * many rows went, per table.
	 */
	deleteExpired(cutoff: number): Promise<Readonly<Record<string, number>>>;
	close(): Promise<void>;
}

/** How the most recent day's post went: still going out, out, to be tried again, or given up. */
export type PostStatus = 'posting' | 'posted' | 'retrying' | 'failed';

/** Where and when a guild wants its daily tip, as a moderator set it. */
export interface DailyTipSettings {
	readonly guildId: string;
	readonly channelId: string;
	readonly time: TimeOfDay;
	/** An IANA zone name, such as `Europe/London`. */
	readonly timeZone: string;
}

/** The most recent day a post was claimed for. */
export interface LastPost {
	/** The guild's local date the post is for, `YYYY-MM-DD`. */
	readonly date: string;
	readonly tipId: string;
	readonly status: PostStatus;
	readonly attemptedAt: number;
	/** Tries for this date so far. */
	readonly attempts: number;
	/** Why the last try failed, when it did. */
	readonly error?: string;
}

export interface DailyTipSchedule extends DailyTipSettings {
	/** When the next post, or the next try of today's, is due; absent while paused. */
	readonly nextPostAt?: number;
	readonly last?: LastPost;
	/** When a post last went out, on any day. */
	readonly lastPostedAt?: number;
	/** Days in a row whose post failed for a reason only a moderator can fix. */
	readonly failedDays: number;
	readonly paused?: { readonly reason: string; readonly at: number };
}

/** Taking one guild's due post: only the caller whose claim succeeds posts it. */
export interface PostClaim {
	readonly guildId: string;
	/** The `nextPostAt` the caller read: the claim fails if anyone has moved it since. */
	readonly dueAt: number;
	readonly now: number;
	readonly date: string;
	readonly tipId: string;
	/** When the following post is due, once this one is taken. */
	readonly following: number;
	/** The tip starts a new round of the rotation: the ones shown so far are forgotten. */
	readonly newRound: boolean;
}

/** What came of a claimed post. Each applies only while the claim for `date` is still the latest. */
export type PostResult =
	| { readonly kind: 'posted'; readonly guildId: string; readonly date: string; readonly now: number }
	| { readonly kind: 'retry'; readonly guildId: string; readonly date: string; readonly error: string; readonly retryAt: number }
	| {
			readonly kind: 'failed';
			readonly guildId: string;
			readonly date: string;
			readonly now: number;
			readonly error: string;
			/** Pause the schedule, with this reason, once this many days in a row have failed. */
			readonly pause: { readonly afterDays: number; readonly reason: string };
	  };

export interface DailyTipStore {
	get(guildId: string): Promise<DailyTipSchedule | undefined>;
	/**
	 * Creates or replaces a guild's settings and when it posts next. A paused schedule resumes and
	 * its failures are forgotten; the last post and the rotation are kept, so a guild never gets a
	 * second post on a day it had one, nor a tip again before the round is over.
	 */
	save(settings: DailyTipSettings, nextPostAt: number): Promise<DailyTipSchedule>;
	/** Turns a guild's daily tips off; false when they were not on. */
	remove(guildId: string): Promise<boolean>;
	/** Schedules whose next post is due at `now`, earliest first, at most `limit`. */
	due(now: number, limit: number): Promise<DailyTipSchedule[]>;
	/** When the earliest scheduled post is due, if any is. */
	nextDueAt(): Promise<number | undefined>;
	/** Moves a due schedule to `to` without posting; false when someone moved it first. */
	reschedule(guildId: string, from: number, to: number): Promise<boolean>;
	/**
	 * The post is due and nobody has taken it: one atomic update records the date being posted
	 * and moves the schedule on, so of several processes exactly one gets the schedule back.
	 */
	claim(claim: PostClaim): Promise<DailyTipSchedule | undefined>;
	record(result: PostResult): Promise<DailyTipSchedule | undefined>;
	/** The ids of the tips the guild has been shown in the current round of the rotation. */
	shownTips(guildId: string): Promise<string[]>;
}
