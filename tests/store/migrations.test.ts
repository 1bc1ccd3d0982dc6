import { existsSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { migrate } from '../../src/store/sql/migrate.js';
import { migrations } from '../../src/store/sql/migrations.js';
import { openSqliteStore } from '../../src/store/sqlite/open.js';
import type { Store } from '../../src/store/store.js';
import { runCommand } from '../fixtures/cli.js';
import { openStore, tempDatabase } from '../fixtures/store.js';

/**
 * Per migration: rows written with the schema as it stands right after that migration, and what
 * the store must read of them once every later migration has run. A migration without an entry
 * here fails the test below, so each new one brings its own data-kept check.
 */
const samples: Record<string, { seed(db: Database.Database): void; check(store: Store): Promise<void> }> = {
	'0001-daily-tips': {
		seed(db) {
			db.prepare(
				`INSERT INTO daily_tip_schedules (guild_id, channel_id, post_time, time_zone, next_post_at, last_date, last_tip_id, last_status, last_attempt_at, attempts, last_posted_at, failed_days)
				 VALUES ('1200000000000000001', '1300000000000000001', '08:00', 'Europe/London', 1781161200000, '2026-06-10', 'tip-03', 'posted', 1781074800000, 1, 1781074800500, 0)`,
			).run();
			db.prepare(`INSERT INTO tip_rotation (guild_id, tip_id, shown_at) VALUES ('1200000000000000001', 'tip-03', 1781074800000)`).run();
		},
		async check(store) {
			expect(await store.dailyTips.get('1200000000000000001')).toEqual({
				guildId: '1200000000000000001',
				channelId: '1300000000000000001',
				time: { hour: 8, minute: 0 },
				timeZone: 'Europe/London',
				nextPostAt: 1781161200000,
				last: { date: '2026-06-10', tipId: 'tip-03', status: 'posted', attemptedAt: 1781074800000, attempts: 1 },
				lastPostedAt: 1781074800500,
				failedDays: 0,
			});
			expect(await store.dailyTips.shownTips('1200000000000000001')).toEqual(['tip-03']);
		},
	},
	'0002-learning': {
		seed(db) {
			db.prepare(`INSERT INTO store_secrets (name, value) VALUES ('voter-key', 'seeded-key')`).run();
			db.prepare(`INSERT INTO feedback_votes (guild_id, entry_id, voter, helpful, day) VALUES ('1200000000000000001', 'hiit', 'voter-1', 1, '2026-06-10')`).run();
			db.prepare(`INSERT INTO answered_entries (guild_id, day, entry_id, count) VALUES ('1200000000000000001', '2026-06-10', 'hiit', 3)`).run();
			db.prepare(`INSERT INTO unanswered_questions (guild_id, day, text, status, count) VALUES ('1200000000000000001', '2026-06-10', 'is sauna good', 'no_match', 2)`).run();
		},
		async check(store) {
			const scope = { guildId: '1200000000000000001', fromDay: '2026-06-01' };
			expect(await store.learning.voterKey('another-key')).toBe('seeded-key');
			expect(await store.learning.votesPerEntry(scope)).toEqual([{ entryId: 'hiit', helpful: 1, notHelpful: 0 }]);
			expect(await store.learning.answersPerDay(scope)).toEqual([{ day: '2026-06-10', count: 3 }]);
			expect(await store.learning.unansweredQuestions(scope)).toEqual([{ text: 'is sauna good', status: 'no_match', count: 2 }]);
		},
	},
	'0003-faq-history': {
		seed(db) {
			db.prepare(
				`INSERT INTO faq_history (entry_id, number, version, text, change, detail, moderator_id, guild_id, at)
				 VALUES ('hiit', 1, 'abcdefabcdef', '---\nid: hiit\n---\nText.\n', 'edit', 'answer', '1400000000000000001', '1200000000000000001', 1781074800000)`,
			).run();
		},
		async check(store) {
			expect(await store.history.list('hiit')).toEqual([
				{ entryId: 'hiit', number: 1, version: 'abcdefabcdef', text: '---\nid: hiit\n---\nText.\n', change: 'edit', detail: 'answer', moderatorId: '1400000000000000001', guildId: '1200000000000000001', at: 1781074800000 },
			]);
		},
	},
};

let db: Awaited<ReturnType<typeof tempDatabase>>;
beforeEach(async () => {
	db = await tempDatabase();
});
afterEach(() => db.remove());

/** Brings the file to exactly the first `count` migrations, writing each one's sample rows as it goes. */
async function migrateStepwise(file: string, count: number): Promise<void> {
	const raw = new Database(file);
	const kysely = new Kysely<unknown>({ dialect: new SqliteDialect({ database: raw }) });
	try {
		for (const migration of migrations.slice(0, count)) {
			const stepped = await migrate(kysely, migration.name);
			if (!stepped.ok) throw new Error(stepped.errors.join('; '));
			samples[migration.name]!.seed(raw);
		}
	} finally {
		await kysely.destroy();
	}
}

describe('migrations', () => {
	test('GIVEN the list THEN every migration has a unique name, in order, and sample data for the test below', () => {
		const names = migrations.map(({ name }) => name);
		expect(new Set(names).size).toBe(names.length);
		expect(names).toEqual([...names].sort());
		expect(Object.keys(samples).sort()).toEqual(names);
	});

	test('GIVEN no file at all THEN the folder and file are created and migrated to the latest version', async () => {
		const file = `${db.dir}/new/folder/cooldown.db`;
		const store = await openStore(file);
		await store.close();
		expect(existsSync(file)).toBe(true);
		const raw = new Database(file, { readonly: true });
		expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
		expect(raw.prepare('SELECT name FROM kysely_migration ORDER BY name').all()).toEqual(migrations.map(({ name }) => ({ name })));
		raw.close();
	});

	test.each(migrations.map((_, index) => ({ version: index + 1, name: migrations[index]!.name })))(
		'GIVEN a database at version $version ($name) with data THEN opening it migrates to the latest and keeps every row',
		async ({ version }) => {
			await migrateStepwise(db.path, version);
			const store = await openStore(db.path);
			try {
				for (const migration of migrations.slice(0, version)) await samples[migration.name]!.check(store);
			} finally {
				await store.close();
			}
		},
	);

	test('GIVEN a migration that fails part way THEN the database is left exactly as it was, so the next start can try again', async () => {
		// A table 0002 creates after its first one: 0001 and the start of 0002 run, then 0002 fails.
		const raw = new Database(db.path);
		raw.exec('CREATE TABLE feedback_votes (x INTEGER)');
		raw.close();

		const opened = await openSqliteStore(db.path);

		expect(opened).toEqual({ ok: false, errors: [expect.stringMatching(/^Cannot bring the database at .* up to date: migration 0002-learning failed: /)] });
		const after = new Database(db.path, { readonly: true });
		expect(after.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all()).toEqual([{ name: 'feedback_votes' }]);
		after.close();
	});

	test('GIVEN four processes opening one new file at once THEN every one opens it, and it is migrated once', async () => {
		const script = `import('${new URL('../../src/store/sqlite/open.ts', import.meta.url).pathname}').then(async ({ openSqliteStore }) => { const o = await openSqliteStore(process.argv[1]); if (!o.ok) { console.error(o.errors.join()); process.exit(1); } await o.value.close(); })`;
		const runs = Array.from({ length: 4 }, () => runCommand(process.execPath, ['--import', 'tsx', '-e', script, db.path]));
		const results = await Promise.all(runs);
		expect(results.map(({ code, stderr }) => ({ code, stderr }))).toEqual(Array.from({ length: 4 }, () => ({ code: 0, stderr: '' })));
		const raw = new Database(db.path, { readonly: true });
		expect(raw.prepare('SELECT name FROM kysely_migration ORDER BY name').all()).toEqual(migrations.map(({ name }) => ({ name })));
		raw.close();
	});

	test('GIVEN a database at the latest version WHEN it is opened again THEN nothing is migrated twice and the data stays', async () => {
		await migrateStepwise(db.path, migrations.length);
		for (let open = 0; open < 2; open += 1) {
			const store = await openStore(db.path);
			for (const migration of migrations) await samples[migration.name]!.check(store);
			await store.close();
		}
	});

	test('GIVEN a database a newer Cooldown migrated THEN it is refused with the reason, not used', async () => {
		await migrateStepwise(db.path, migrations.length);
		const raw = new Database(db.path);
		raw.prepare(`INSERT INTO kysely_migration (name, timestamp) VALUES ('9999-from-the-future', '2030-01-01T00:00:00.000Z')`).run();
		raw.close();
		const opened = await openSqliteStore(db.path);
		expect(opened.ok).toBe(false);
		if (!opened.ok) expect(opened.errors[0]).toMatch(/^Cannot bring the database at .* up to date: .*9999-from-the-future/);
	});

	test('GIVEN a file that is not a database THEN opening it fails with a clear message', async () => {
		writeFileSync(db.path, 'these are my notes, not a database '.repeat(100));
		expect(await openSqliteStore(db.path)).toEqual({ ok: false, errors: [`Cannot open the database at ${db.path}: file is not a database`] });
	});

	test('GIVEN :memory: THEN a private database works for as long as the store is open', async () => {
		const store = await openStore(':memory:');
		await store.dailyTips.save({ guildId: '1200000000000000001', channelId: '1300000000000000001', time: { hour: 8, minute: 0 }, timeZone: 'UTC' }, 0);
		expect(await store.dailyTips.nextDueAt()).toBe(0);
		await store.close();
	});
});

describe('opening read-only, as the command-line tools do', () => {
	test('GIVEN no file THEN it is not created and the message says the bot creates it', async () => {
		expect(await openSqliteStore(db.path, { readOnly: true })).toEqual({
			ok: false,
			errors: [`There is no database at ${db.path} yet: the Discord bot creates it when it first starts, and records what members ask from then on.`],
		});
		expect(existsSync(db.path)).toBe(false);
	});

	test('GIVEN a database at the latest version THEN it is read, and a write is refused by SQLite', async () => {
		await migrateStepwise(db.path, migrations.length);
		const store = await openStore(db.path, { readOnly: true });
		try {
			await samples['0001-daily-tips']!.check(store);
			await samples['0003-faq-history']!.check(store);
			expect(await store.learning.unansweredQuestions({ fromDay: '2026-06-01' })).toEqual([{ text: 'is sauna good', status: 'no_match', count: 2 }]);
			await expect(store.learning.answered({ guildId: '1200000000000000001', entryId: 'hiit', day: '2026-06-10' })).rejects.toThrow(/readonly/);
		} finally {
			await store.close();
		}
	});

	test('GIVEN a database an older Cooldown left THEN it is refused with what to do, and not migrated', async () => {
		await migrateStepwise(db.path, 1);
		const opened = await openSqliteStore(db.path, { readOnly: true });
		expect(opened).toEqual({ ok: false, errors: [`The database at ${db.path} is from an older Cooldown: start the bot once to bring it up to date, then run this again`] });
		const raw = new Database(db.path, { readonly: true });
		expect(raw.prepare('SELECT count(*) AS n FROM kysely_migration').get()).toEqual({ n: 1 });
		raw.close();
	});
});
