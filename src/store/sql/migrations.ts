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
];
