import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { fail, ok, type Result } from '../../lib/result.js';
import type { Store } from '../store.js';
import { migrate } from '../sql/migrate.js';
import { sqlStore } from '../sql/store.js';
import type { Tables } from '../sql/tables.js';

export const IN_MEMORY = ':memory:';

/**
 * Opens (creating it and its folder when missing) the SQLite database at `path`, or a private
 * in-memory one for `:memory:`, and brings its schema up to date. A database that cannot be
 * opened or migrated is a clear message, not a half-working bot.
 */
export async function openSqliteStore(path: string): Promise<Result<Store, string>> {
	let database: Database.Database;
	try {
		if (path !== IN_MEMORY) mkdirSync(dirname(path), { recursive: true });
		database = new Database(path);
		// WAL lets readers go on while one process writes; NORMAL is durable across a crash in WAL mode.
		database.pragma('journal_mode = WAL');
		database.pragma('synchronous = NORMAL');
		// Several processes may share the file: wait for another's write rather than fail at once.
		database.pragma('busy_timeout = 5000');
	} catch (error) {
		return fail([`Cannot open the database at ${path}: ${reason(error)}`]);
	}
	const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database }) });
	const migrated = await migrate(db as Kysely<unknown>).catch((error: unknown) => fail([reason(error)]));
	if (!migrated.ok) {
		await db.destroy();
		return fail(migrated.errors.map((problem) => `Cannot bring the database at ${path} up to date: ${problem}`));
	}
	return ok(sqlStore(db));
}

function reason(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
