import type { Kysely, Migration } from 'kysely';

export interface NamedMigration extends Migration {
	/** Recorded in the database once applied; never rename one that has shipped. */
	readonly name: string;
}

/**
 * Every schema change, oldest first. A database is brought up to date by applying, in this order,
 * the ones it has not had. Append; never edit or reorder a migration that has shipped. Written
 * with Kysely's schema builder and portable column types, so PostgreSQL can run the same list.
 */
export const migrations: readonly NamedMigration[] = [
	{
		name: '0001-daily-tips',
		async up(db: Kysely<unknown>) {
			await db.schema
				.createTable('daily_tip_schedules')
				.addColumn('guild_id', 'text', (column) => column.primaryKey())
				.addColumn('channel_id', 'text', (column) => column.notNull())
				.addColumn('post_time', 'text', (column) => column.notNull())
				.addColumn('time_zone', 'text', (column) => column.notNull())
				.addColumn('next_post_at', 'bigint')
				.addColumn('last_date', 'text')
				.addColumn('last_tip_id', 'text')
				.addColumn('last_status', 'text')
				.addColumn('last_attempt_at', 'bigint')
				.addColumn('attempts', 'integer', (column) => column.notNull().defaultTo(0))
				.addColumn('last_error', 'text')
				.addColumn('last_posted_at', 'bigint')
				.addColumn('failed_days', 'integer', (column) => column.notNull().defaultTo(0))
				.addColumn('paused_reason', 'text')
				.addColumn('paused_at', 'bigint')
				.execute();
			// What makes "which guilds are due now" a range scan rather than a look at every guild.
			await db.schema.createIndex('daily_tip_schedules_next_post_at').on('daily_tip_schedules').column('next_post_at').execute();
			await db.schema
				.createTable('tip_rotation')
				.addColumn('guild_id', 'text', (column) => column.notNull())
				.addColumn('tip_id', 'text', (column) => column.notNull())
				.addColumn('shown_at', 'bigint', (column) => column.notNull())
				.addPrimaryKeyConstraint('tip_rotation_pk', ['guild_id', 'tip_id'])
				.execute();
		},
	},
	{
		// What members teach the bot: counts per guild and UTC day, and the text of unanswered
		// questions without who asked. Rows older than RETENTION_DAYS are deleted.
		name: '0002-learning',
		async up(db: Kysely<unknown>) {
			await db.schema
				.createTable('store_secrets')
				.addColumn('name', 'text', (column) => column.primaryKey())
				.addColumn('value', 'text', (column) => column.notNull())
				.execute();
			await db.schema
				.createTable('feedback_votes')
				.addColumn('guild_id', 'text', (column) => column.notNull())
				.addColumn('entry_id', 'text', (column) => column.notNull())
				.addColumn('voter', 'text', (column) => column.notNull())
				.addColumn('helpful', 'integer', (column) => column.notNull())
				.addColumn('day', 'text', (column) => column.notNull())
				.addPrimaryKeyConstraint('feedback_votes_pk', ['guild_id', 'entry_id', 'voter'])
				.execute();
			await db.schema
				.createTable('answered_entries')
				.addColumn('guild_id', 'text', (column) => column.notNull())
				.addColumn('day', 'text', (column) => column.notNull())
				.addColumn('entry_id', 'text', (column) => column.notNull())
				.addColumn('count', 'integer', (column) => column.notNull())
				.addPrimaryKeyConstraint('answered_entries_pk', ['guild_id', 'day', 'entry_id'])
				.execute();
			await db.schema
				.createTable('unanswered_questions')
				.addColumn('guild_id', 'text', (column) => column.notNull())
				.addColumn('day', 'text', (column) => column.notNull())
				.addColumn('text', 'text', (column) => column.notNull())
				.addColumn('status', 'text', (column) => column.notNull())
				.addColumn('count', 'integer', (column) => column.notNull())
				.addPrimaryKeyConstraint('unanswered_questions_pk', ['guild_id', 'day', 'text'])
				.execute();
			// Retention deletes by day across guilds.
			for (const table of ['feedback_votes', 'answered_entries', 'unanswered_questions']) {
				await db.schema.createIndex(`${table}_day`).on(table).column('day').execute();
			}
		},
	},
	{
		// Every version of an entry file written from Discord (and the one it replaced), for history
		// and revert. Kept like the files' own history, not deleted by retention.
		name: '0003-faq-history',
		async up(db: Kysely<unknown>) {
			await db.schema
				.createTable('faq_history')
				.addColumn('entry_id', 'text', (column) => column.notNull())
				.addColumn('number', 'integer', (column) => column.notNull())
				.addColumn('version', 'text', (column) => column.notNull())
				.addColumn('text', 'text', (column) => column.notNull())
				.addColumn('change', 'text', (column) => column.notNull())
				.addColumn('detail', 'text', (column) => column.notNull())
				.addColumn('moderator_id', 'text')
				.addColumn('guild_id', 'text')
				.addColumn('at', 'bigint', (column) => column.notNull())
				.addPrimaryKeyConstraint('faq_history_pk', ['entry_id', 'number'])
				.execute();
		},
	},
];
