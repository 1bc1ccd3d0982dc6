import type { Generated } from 'kysely';

/**
 * The tables as the queries see them, after every migration. Times are milliseconds since the
 * epoch in 64-bit integer columns (PostgreSQL hands those back as strings, which the row schemas
 * accept); local dates are `YYYY-MM-DD` text.
 */
export interface Tables {
	daily_tip_schedules: DailyTipSchedulesTable;
	tip_rotation: TipRotationTable;
	store_secrets: { name: string; value: string };
	feedback_votes: { guild_id: string; entry_id: string; voter: string; helpful: number; day: string };
	answered_entries: { guild_id: string; day: string; entry_id: string; count: number };
	unanswered_questions: { guild_id: string; day: string; text: string; status: string; count: number };
	faq_history: FaqHistoryTable;
}

export interface FaqHistoryTable {
	entry_id: string;
	number: number;
	version: string;
	text: string;
	change: string;
	detail: string;
	moderator_id: string | null;
	guild_id: string | null;
	at: number;
}

export interface DailyTipSchedulesTable {
	guild_id: string;
	channel_id: string;
	/** `HH:MM`, 24-hour. */
	post_time: string;
	time_zone: string;
	/** Null while paused. */
	next_post_at: number | null;
	last_date: string | null;
	last_tip_id: string | null;
	last_status: string | null;
	last_attempt_at: number | null;
	attempts: Generated<number>;
	last_error: string | null;
	last_posted_at: number | null;
	failed_days: Generated<number>;
	paused_reason: string | null;
	paused_at: number | null;
}

export interface TipRotationTable {
	guild_id: string;
	tip_id: string;
	shown_at: number;
}
