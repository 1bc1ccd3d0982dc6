import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import type { DailyTipSettings, PostClaim } from '../../src/store/store.js';
import { openStore, storePerTest } from '../fixtures/store.js';

const GUILD = '1200000000000000001';
const OTHER_GUILD = '1200000000000000002';
const CHANNEL = '1300000000000000001';
const T0 = Date.parse('2026-06-10T07:00:00Z');
const DAY = 86_400_000;

const settings = (guildId = GUILD, over: Partial<DailyTipSettings> = {}): DailyTipSettings => ({
	guildId,
	channelId: CHANNEL,
	time: { hour: 8, minute: 0 },
	timeZone: 'Europe/London',
	...over,
});

const claimOf = (over: Partial<PostClaim> = {}): PostClaim => ({
	guildId: GUILD,
	dueAt: T0,
	now: T0,
	date: '2026-06-10',
	tipId: 'tip-01',
	following: T0 + DAY,
	newRound: false,
	...over,
});

const fixture = storePerTest();

describe('settings', () => {
	test('GIVEN settings saved THEN they read back as saved, with nothing posted yet', async () => {
		const saved = await fixture.store.dailyTips.save(settings(), T0);
		expect(saved).toEqual({ ...settings(), nextPostAt: T0, failedDays: 0 });
		expect(await fixture.store.dailyTips.get(GUILD)).toEqual(saved);
		expect(await fixture.store.dailyTips.get(OTHER_GUILD)).toBeUndefined();
	});

	test('GIVEN settings saved again THEN they replace the old ones and the last post is kept', async () => {
		await fixture.store.dailyTips.save(settings(), T0);
		await fixture.store.dailyTips.claim(claimOf());
		const changed = await fixture.store.dailyTips.save(settings(GUILD, { channelId: '1300000000000000002', time: { hour: 19, minute: 5 } }), T0 + DAY);
		expect(changed).toMatchObject({ channelId: '1300000000000000002', time: { hour: 19, minute: 5 }, nextPostAt: T0 + DAY, last: { date: '2026-06-10', tipId: 'tip-01' } });
	});

	test('GIVEN daily tips removed THEN the guild has none, and removing again says so', async () => {
		await fixture.store.dailyTips.save(settings(), T0);
		expect(await fixture.store.dailyTips.remove(GUILD)).toBe(true);
		expect(await fixture.store.dailyTips.get(GUILD)).toBeUndefined();
		expect(await fixture.store.dailyTips.remove(GUILD)).toBe(false);
	});
});

describe('which schedules are due', () => {
	test('GIVEN schedules at several times THEN due() returns those due at the instant, earliest first, up to the limit', async () => {
		await fixture.store.dailyTips.save(settings('1200000000000000003'), T0 + 2);
		await fixture.store.dailyTips.save(settings('1200000000000000001'), T0);
		await fixture.store.dailyTips.save(settings('1200000000000000002'), T0 + 1);
		await fixture.store.dailyTips.save(settings('1200000000000000004'), T0 + 3);
		expect((await fixture.store.dailyTips.due(T0 + 2, 10)).map(({ guildId }) => guildId)).toEqual(['1200000000000000001', '1200000000000000002', '1200000000000000003']);
		expect((await fixture.store.dailyTips.due(T0 + 2, 2)).map(({ guildId }) => guildId)).toEqual(['1200000000000000001', '1200000000000000002']);
		expect(await fixture.store.dailyTips.due(T0 - 1, 10)).toEqual([]);
		expect(await fixture.store.dailyTips.nextDueAt()).toBe(T0);
	});

	test('GIVEN the due query THEN SQLite answers it from the next_post_at index, not by reading every guild', () => {
		const raw = new Database(fixture.db.path, { readonly: true });
		const plan = raw.prepare('EXPLAIN QUERY PLAN SELECT * FROM daily_tip_schedules WHERE next_post_at <= ? ORDER BY next_post_at LIMIT ?').all(T0, 100) as { detail: string }[];
		raw.close();
		expect(plan.map(({ detail }) => detail)).toEqual(['SEARCH daily_tip_schedules USING INDEX daily_tip_schedules_next_post_at (next_post_at<?)']);
	});

	test('GIVEN no schedules THEN nothing is due and there is no next instant', async () => {
		expect(await fixture.store.dailyTips.nextDueAt()).toBeUndefined();
	});

	test('GIVEN a reschedule from a stale instant THEN it changes nothing', async () => {
		await fixture.store.dailyTips.save(settings(), T0);
		expect(await fixture.store.dailyTips.reschedule(GUILD, T0 - 1, T0 + DAY)).toBe(false);
		expect(await fixture.store.dailyTips.reschedule(GUILD, T0, T0 + DAY)).toBe(true);
		expect((await fixture.store.dailyTips.get(GUILD))?.nextPostAt).toBe(T0 + DAY);
	});
});

describe('claiming a post: exactly one taker', () => {
	test('GIVEN a due post THEN the claim records the date and tip, moves the schedule on, and counts the tip as shown', async () => {
		await fixture.store.dailyTips.save(settings(), T0);
		const claimed = await fixture.store.dailyTips.claim(claimOf());
		expect(claimed).toMatchObject({ nextPostAt: T0 + DAY, last: { date: '2026-06-10', tipId: 'tip-01', status: 'posting', attemptedAt: T0, attempts: 1 } });
		expect(await fixture.store.dailyTips.shownTips(GUILD)).toEqual(['tip-01']);
	});

	test('GIVEN two processes with their own connections to one file WHEN both claim the same post THEN exactly one gets it', async () => {
		const other = await openStore(fixture.db.path);
		try {
			await fixture.store.dailyTips.save(settings(), T0);
			const [first, second] = await Promise.all([fixture.store.dailyTips.claim(claimOf()), other.dailyTips.claim(claimOf({ tipId: 'tip-02' }))]);
			expect([first, second].filter(Boolean)).toHaveLength(1);
			expect(await fixture.store.dailyTips.shownTips(GUILD)).toHaveLength(1);
		} finally {
			await other.close();
		}
	});

	test.each([
		{ given: 'a claim that read an older next post time', claim: { dueAt: T0 - DAY } },
		{ given: 'a claim before the post is due', claim: { now: T0 - 1 } },
	])('GIVEN $given THEN it fails and nothing changes', async ({ claim }) => {
		await fixture.store.dailyTips.save(settings(), T0);
		expect(await fixture.store.dailyTips.claim(claimOf(claim))).toBeUndefined();
		expect(await fixture.store.dailyTips.get(GUILD)).toEqual({ ...settings(), nextPostAt: T0, failedDays: 0 });
	});

	test.each(['posting', 'posted', 'failed'] as const)('GIVEN today already %s WHEN the schedule is set to today again THEN the day cannot be claimed twice', async (status) => {
		await fixture.store.dailyTips.save(settings(), T0);
		await fixture.store.dailyTips.claim(claimOf());
		if (status === 'posted') await fixture.store.dailyTips.record({ kind: 'posted', guildId: GUILD, date: '2026-06-10', now: T0 });
		if (status === 'failed') await fixture.store.dailyTips.record({ kind: 'failed', guildId: GUILD, date: '2026-06-10', now: T0, error: 'gone', pause: { afterDays: 3, reason: 'r' } });
		await fixture.store.dailyTips.save(settings(), T0 + 60_000);
		expect(await fixture.store.dailyTips.claim(claimOf({ dueAt: T0 + 60_000, now: T0 + 60_000 }))).toBeUndefined();
	});

	test('GIVEN a post to be retried THEN the retry may claim the same day again, counting the attempt', async () => {
		await fixture.store.dailyTips.save(settings(), T0);
		await fixture.store.dailyTips.claim(claimOf());
		await fixture.store.dailyTips.record({ kind: 'retry', guildId: GUILD, date: '2026-06-10', error: 'Discord answered 503', retryAt: T0 + 60_000 });
		const retried = await fixture.store.dailyTips.claim(claimOf({ dueAt: T0 + 60_000, now: T0 + 60_000 }));
		expect(retried?.last).toMatchObject({ date: '2026-06-10', status: 'posting', attempts: 2 });
		expect(retried?.last?.error).toBeUndefined();
	});

	test('GIVEN a claim that starts a new round THEN the tips shown before are forgotten', async () => {
		await fixture.store.dailyTips.save(settings(), T0);
		await fixture.store.dailyTips.claim(claimOf({ tipId: 'tip-01' }));
		await fixture.store.dailyTips.claim(claimOf({ dueAt: T0 + DAY, now: T0 + DAY, date: '2026-06-11', tipId: 'tip-02', following: T0 + 2 * DAY }));
		expect(await fixture.store.dailyTips.shownTips(GUILD)).toEqual(['tip-01', 'tip-02']);
		await fixture.store.dailyTips.claim(claimOf({ dueAt: T0 + 2 * DAY, now: T0 + 2 * DAY, date: '2026-06-12', tipId: 'tip-01', following: T0 + 3 * DAY, newRound: true }));
		expect(await fixture.store.dailyTips.shownTips(GUILD)).toEqual(['tip-01']);
	});
});

describe('recording what came of a post', () => {
	const failedDay = (day: number) => ({ kind: 'failed' as const, guildId: GUILD, date: `2026-06-1${day}`, now: T0 + day * DAY, error: 'Unknown Channel (Discord error 10003)', pause: { afterDays: 3, reason: 'three days' } });

	/** Claims day `day` (0 = 2026-06-10) and records it failed. */
	async function failDay(day: number) {
		await fixture.store.dailyTips.claim(claimOf({ dueAt: T0 + day * DAY, now: T0 + day * DAY, date: `2026-06-1${day}`, following: T0 + (day + 1) * DAY }));
		return fixture.store.dailyTips.record(failedDay(day));
	}

	test('GIVEN a post that went out THEN it is recorded and the failures in a row are reset', async () => {
		await fixture.store.dailyTips.save(settings(), T0);
		await failDay(0);
		await fixture.store.dailyTips.claim(claimOf({ dueAt: T0 + DAY, now: T0 + DAY, date: '2026-06-11', following: T0 + 2 * DAY }));
		const posted = await fixture.store.dailyTips.record({ kind: 'posted', guildId: GUILD, date: '2026-06-11', now: T0 + DAY + 5 });
		expect(posted).toMatchObject({ failedDays: 0, lastPostedAt: T0 + DAY + 5, last: { date: '2026-06-11', status: 'posted' } });
		expect(posted?.last?.error).toBeUndefined();
	});

	test('GIVEN 3 failed days in a row THEN the schedule pauses itself on the third, with the reason, and is no longer due', async () => {
		await fixture.store.dailyTips.save(settings(), T0);
		expect(await failDay(0)).toMatchObject({ failedDays: 1, nextPostAt: T0 + DAY, last: { status: 'failed', error: 'Unknown Channel (Discord error 10003)' } });
		expect((await failDay(1))?.paused).toBeUndefined();
		const third = await failDay(2);
		expect(third).toMatchObject({ failedDays: 3, paused: { reason: 'three days', at: T0 + 2 * DAY } });
		expect(third?.nextPostAt).toBeUndefined();
		expect(await fixture.store.dailyTips.due(T0 + 30 * DAY, 10)).toEqual([]);
		expect(await fixture.store.dailyTips.nextDueAt()).toBeUndefined();
	});

	test('GIVEN a paused schedule WHEN it is set again THEN it resumes with its failures forgotten', async () => {
		await fixture.store.dailyTips.save(settings(), T0);
		for (const day of [0, 1, 2]) await failDay(day);
		const resumed = await fixture.store.dailyTips.save(settings(), T0 + 4 * DAY);
		expect(resumed).toMatchObject({ nextPostAt: T0 + 4 * DAY, failedDays: 0 });
		expect(resumed.paused).toBeUndefined();
	});

	test('GIVEN a result for a date that is no longer the latest claim THEN it changes nothing', async () => {
		await fixture.store.dailyTips.save(settings(), T0);
		await fixture.store.dailyTips.claim(claimOf());
		expect(await fixture.store.dailyTips.record({ kind: 'posted', guildId: GUILD, date: '2026-06-09', now: T0 })).toBeUndefined();
		expect((await fixture.store.dailyTips.get(GUILD))?.last?.status).toBe('posting');
	});
});

describe('retention', () => {
	test('GIVEN rotation rows THEN only old ones of guilds with daily tips off are deleted', async () => {
		await fixture.store.dailyTips.save(settings(GUILD), T0);
		await fixture.store.dailyTips.save(settings(OTHER_GUILD), T0);
		await fixture.store.dailyTips.claim(claimOf({ guildId: GUILD }));
		await fixture.store.dailyTips.claim(claimOf({ guildId: OTHER_GUILD }));
		await fixture.store.dailyTips.claim(claimOf({ guildId: OTHER_GUILD, dueAt: T0 + DAY, now: T0 + 100 * DAY, date: '2026-09-18', tipId: 'tip-02', following: T0 + 101 * DAY }));
		await fixture.store.dailyTips.remove(OTHER_GUILD);

		expect(await fixture.store.deleteExpired(T0 + DAY)).toMatchObject({ tip_rotation: 1 });
		expect(await fixture.store.dailyTips.shownTips(OTHER_GUILD)).toEqual(['tip-02']);
		expect(await fixture.store.dailyTips.shownTips(GUILD)).toEqual(['tip-01']);
		expect(await fixture.store.deleteExpired(T0 + DAY)).toMatchObject({ tip_rotation: 0 });
	});
});

describe('rows are checked as they are read back', () => {
	test.each([
		{ column: 'post_time', value: '25:00' },
		{ column: 'last_status', value: 'exploded' },
		{ column: 'next_post_at', value: 'soon' },
	])('GIVEN $column edited by hand to $value THEN reading it is refused rather than misread', async ({ column, value }) => {
		await fixture.store.dailyTips.save(settings(), T0);
		await fixture.store.dailyTips.claim(claimOf());
		const raw = new Database(fixture.db.path);
		raw.prepare(`UPDATE daily_tip_schedules SET ${column} = ?`).run(value);
		raw.close();
		await expect(fixture.store.dailyTips.get(GUILD)).rejects.toThrow(column);
	});
});
