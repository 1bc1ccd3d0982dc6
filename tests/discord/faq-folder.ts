import { rm } from 'node:fs/promises';
import { afterEach, beforeEach } from 'vitest';
import type { Store } from '../../src/store/store.js';
import { TestClock } from '../fixtures/clock.js';
import { copyMinFaq } from '../fixtures/faq.js';
import { openStore, tempDatabase, type TempDatabase } from '../fixtures/store.js';
import { startHarness, type Harness } from './harness.js';

export interface FaqFolderBot {
	readonly h: Harness;
	/** The bot's own copy of the mini pack, which it follows and moderators change. */
	readonly dir: string;
	readonly db: TempDatabase;
	/** A second connection to the bot's database file, to see what was stored. */
	readonly peek: Store;
	readonly clock: TestClock;
}

/**
 * For every test of the calling file (vitest hooks): the bot as `npm start` runs it, on a fresh
 * copy of the mini pack and a fresh database file, since each test changes both.
 */
export function botPerTest(start: string, env: Record<string, string> = {}): FaqFolderBot {
	let current: FaqFolderBot | undefined;
	beforeEach(async () => {
		const dir = await copyMinFaq();
		const db = await tempDatabase();
		const clock = new TestClock(start);
		const h = await startHarness({ faqDir: dir, clock, env: { DATABASE_PATH: db.path, ...env } });
		current = { h, dir, db, clock, peek: await openStore(db.path) };
	});
	afterEach(async () => {
		await current?.h.stop();
		await current?.peek.close();
		await current?.db.remove();
		if (current) await rm(current.dir, { recursive: true, force: true });
		current = undefined;
	});
	const ready = (): FaqFolderBot => {
		if (!current) throw new Error('test setup: the bot starts before each test');
		return current;
	};
	return {
		get h() {
			return ready().h;
		},
		get dir() {
			return ready().dir;
		},
		get db() {
			return ready().db;
		},
		get peek() {
			return ready().peek;
		},
		get clock() {
			return ready().clock;
		},
	};
}
