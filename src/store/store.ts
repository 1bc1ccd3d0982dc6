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
	readonly learning: LearningStore;
	readonly history: FaqHistoryStore;
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

/** Which guilds a question about the counts covers: one, or every guild the database knows. */
export interface Scope {
	/** Undefined for every guild together (the command line, for whoever keeps the files). */
	readonly guildId?: string;
	/** The first UTC date counted, `YYYY-MM-DD`. */
	readonly fromDay: string;
}

/** What the FAQ could not answer, by guild and day; never who asked. */
export type UnansweredStatus = 'no_match' | 'ambiguous';

export interface UnansweredQuestion {
	readonly text: string;
	readonly status: UnansweredStatus;
	/** Times it was asked, word for word, in the scope. */
	readonly count: number;
}

/**
 * What members tell the bot without meaning to: which entries answer them, which questions it
 * could not answer, and their Helpful / Not helpful clicks. Counts are per guild and UTC day; no
 * member id is ever passed in, only a voter key the caller derived (see moderation/learning.ts).
 */
export interface LearningStore {
	/** The key votes are hashed with: the one stored, or `candidate` stored now if there is none yet. */
	voterKey(candidate: string): Promise<string>;
	/** One vote per voter per entry per guild: a later click replaces the earlier one. */
	vote(vote: { readonly guildId: string; readonly entryId: string; readonly voter: string; readonly helpful: boolean; readonly day: string }): Promise<void>;
	answered(answer: { readonly guildId: string; readonly entryId: string; readonly day: string }): Promise<void>;
	unanswered(question: { readonly guildId: string; readonly day: string; readonly text: string; readonly status: UnansweredStatus }): Promise<void>;
	/** Answers per day, only days that had any, oldest first. */
	answersPerDay(scope: Scope): Promise<{ day: string; count: number }[]>;
	/** Answers per entry, most first. */
	answersPerEntry(scope: Scope): Promise<{ entryId: string; count: number }[]>;
	votesPerEntry(scope: Scope): Promise<{ entryId: string; helpful: number; notHelpful: number }[]>;
	/** Each distinct question text with how often it was asked, most first. */
	unansweredQuestions(scope: Scope): Promise<UnansweredQuestion[]>;
	/** Deletes these questions (handled by a moderator) in the scope; how many rows went. */
	forget(scope: Scope, texts: readonly string[]): Promise<number>;
}

/** How an entry's file got a version. */
export type HistoryChange = 'found' | 'edit' | 'new' | 'alternate' | 'revert';

/** One version of an entry's file, as the bot saw or wrote it. */
export interface HistoryRecord {
	readonly entryId: string;
	/** 1, 2, 3… per entry, in the order the versions were seen. */
	readonly number: number;
	/** The file's version token (`versionOf`). */
	readonly version: string;
	readonly text: string;
	readonly change: HistoryChange;
	/** What changed, for a person ("question, alternates"; "v2"). */
	readonly detail: string;
	/** The moderator who made it; absent for a file found changed on disk or a change from the command line. */
	readonly moderatorId?: string;
	readonly guildId?: string;
	readonly at: number;
}

export type NewVersion = Omit<HistoryRecord, 'entryId' | 'number'>;

/** Every version of each entry file changed through the bot, kept for `/faqadmin history` and `revert`. */
export interface FaqHistoryStore {
	/**
	 * Records a change: `before` first (as `found`) when it is not the latest version recorded (the
	 * file was changed by hand, or never through the bot), then `after`. Returns `after` as stored.
	 */
	record(entryId: string, before: { readonly version: string; readonly text: string; readonly at: number } | undefined, after: NewVersion): Promise<HistoryRecord>;
	/** Newest first. */
	list(entryId: string): Promise<HistoryRecord[]>;
	get(entryId: string, number: number): Promise<HistoryRecord | undefined>;
}
