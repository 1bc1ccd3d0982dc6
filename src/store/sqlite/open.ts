import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { fail, ok, type Result } from '../../lib/result.js';
import type { Store } from '../store.js';
import { migrate } from '../sql/migrate.js';
import { migrations } from '../sql/migrations.js';
import { sqlStore } from '../sql/store.js';
import type { Tables } from '../sql/tables.js';

export const IN_MEMORY = ':memory:';

export interface OpenOptions {
	/**
	 * For the command-line tools, which read the bot's database and never start one: the file must
	 * exist, and is opened read-only with its schema already up to date (the bot migrates it).
	 */
	readonly readOnly?: boolean;
	/** The file must exist already (implied by `readOnly`): a tool that writes to the bot's database never starts one. */
	readonly mustExist?: boolean;
}

/**
 * Opens (creating it and its folder when missing) the SQLite database at `path`, or a private
 * in-memory one for `:memory:`, and brings its schema up to date. A database that cannot be
 * opened or migrated is a clear message, not a half-working bot.
 */
export async function openSqliteStore(path: string, { readOnly = false, mustExist = readOnly }: OpenOptions = {}): Promise<Result<Store, string>> {
	if (mustExist && (path === IN_MEMORY || !existsSync(path))) {
		return fail([`There is no database at ${path} yet: the Discord bot creates it when it first starts, and records what members ask from then on.`]);
	}
	let database: Database.Database;
	try {
		if (readOnly) {
			database = new Database(path, { readonly: true, fileMustExist: true });
		} else {
			if (path !== IN_MEMORY) mkdirSync(dirname(path), { recursive: true });
			database = new Database(path);
			// WAL lets readers go on while one process writes; NORMAL is durable across a crash in WAL mode.
			database.pragma('journal_mode = WAL');
			database.pragma('synchronous = NORMAL');
		}
		// Several processes may share the file: wait for another's write rather than fail at once.
		database.pragma('busy_timeout = 5000');
	} catch (error) {
		return fail([`Cannot open the database at ${path}: ${reason(error)}`]);
	}
	const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database }) });
	const ready = readOnly ? schemaIsCurrent(database) : await migrateAtomically(database, db as Kysely<unknown>);
	if (!ready.ok) {
		await db.destroy();
		return fail(ready.errors.map((problem) => (readOnly ? `The database at ${path} ${problem}` : `Cannot bring the database at ${path} up to date: ${problem}`)));
	}
	return ok(sqlStore(db));
}

/**
 * The whole upgrade as one transaction, its write lock taken before reading what was applied:
 * processes that open one file at once take turns, so one migrates and the others find it done,
 * and a failure or a crash part way leaves the database as it was. SQLite's DDL is transactional;
 * Kysely runs SQLite migrations without a transaction of their own, on this one connection.
 */
async function migrateAtomically(database: Database.Database, db: Kysely<unknown>): Promise<Result<unknown, string>> {
	try {
		database.exec('BEGIN IMMEDIATE');
	} catch (error) {
		return fail([reason(error)]);
	}
	const migrated = await migrate(db).catch((error: unknown) => fail([reason(error)]));
	if (migrated.ok) database.exec('COMMIT');
	else if (database.inTransaction) database.exec('ROLLBACK');
	return migrated;
}

/** A read-only reader cannot migrate: it reads only a database at exactly this version. */
function schemaIsCurrent(database: Database.Database): Result<unknown, string> {
	let applied: string[];
	try {
		applied = (database.prepare('SELECT name FROM kysely_migration ORDER BY name').all() as { name: string }[]).map(({ name }) => name);
	} catch (error) {
		return fail([`is not a Cooldown database (${reason(error)})`]);
	}
	const known = migrations.map(({ name }) => name);
	if (applied.some((name) => !known.includes(name))) return fail(['was brought up to date by a newer Cooldown; update this copy']);
	if (known.some((name) => !applied.includes(name))) return fail(['is from an older Cooldown: start the bot once to bring it up to date, then run this again']);
	return ok(undefined);
}

function reason(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
