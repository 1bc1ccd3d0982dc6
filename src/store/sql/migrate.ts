import { Migrator, type Kysely } from 'kysely';
import { fail, ok, type Result } from '../../lib/result.js';
import { migrations as allMigrations, type NamedMigration } from './migrations.js';

/**
 * Applies the migrations the database has not had yet, up to `target` (every one by default).
 * Kysely runs SQLite's without a transaction; the caller wraps the whole upgrade in one
 * (`openSqliteStore`). Kysely keeps the record in its `kysely_migration` tables. The list, not
 * a folder scan, is the truth: its order decides, so a file that fails to load cannot silently
 * drop a migration.
 */
export async function migrate(
	db: Kysely<unknown>,
	target?: string,
	migrations: readonly NamedMigration[] = allMigrations,
): Promise<Result<readonly string[], string>> {
	const order = new Map(migrations.map(({ name }, index) => [name, index]));
	const migrator = new Migrator({
		db,
		provider: { getMigrations: async () => Object.fromEntries(migrations.map((migration) => [migration.name, migration])) },
		// A name this code does not know (a newer version wrote it) sorts last; Kysely then refuses the database.
		nameComparator: (a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || a.localeCompare(b),
	});
	const { error, results = [] } = target === undefined ? await migrator.migrateToLatest() : await migrator.migrateTo(target);
	if (error !== undefined) {
		const failed = results.find(({ status }) => status === 'Error')?.migrationName;
		const reason = error instanceof Error ? error.message : String(error);
		return fail([failed ? `migration ${failed} failed: ${reason}` : reason]);
	}
	return ok(results.map(({ migrationName }) => migrationName));
}
