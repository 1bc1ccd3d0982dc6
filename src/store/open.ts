import type { Config } from '../config.js';
import type { Result } from '../lib/result.js';
import { openSqliteStore } from './sqlite/open.js';
import type { Store } from './store.js';

/** The store the settings name, migrated and ready. SQLite is the one driver so far. */
export function openStore(database: Config['database']): Promise<Result<Store, string>> {
	return openSqliteStore(database.path);
}
