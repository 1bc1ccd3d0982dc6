import { describe, expect, test } from 'vitest';
import { decide, upcomingPost } from '../../src/schedule/decide.js';
import type { LastPost, PostStatus } from '../../src/store/store.js';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();
const london8 = { time: { hour: 8, minute: 0 }, timeZone: 'Europe/London' };
const last = (date: string, status: PostStatus): LastPost => ({ date, tipId: 'tip-01', status, attemptedAt: 0, attempts: 1 });

describe('decide: what a due schedule does at an instant (08:00 Europe/London, BST = UTC+1)', () => {
	test.each([
		{ given: 'the set time has come and today has no post', now: '2026-06-10T07:00:00Z', last: undefined, expected: { post: true, date: '2026-06-10', following: '2026-06-11T07:00:00.000Z' } },
		{ given: 'the bot comes back later the same day (catch-up)', now: '2026-06-10T15:00:00Z', last: last('2026-06-09', 'posted'), expected: { post: true, date: '2026-06-10', following: '2026-06-11T07:00:00.000Z' } },
		{ given: 'the bot comes back the next day before its time (yesterday is not made up)', now: '2026-06-11T05:00:00Z', last: last('2026-06-09', 'posted'), expected: { post: false, nextAt: '2026-06-11T07:00:00.000Z' } },
		{ given: 'the bot comes back days later after its time (only today is posted)', now: '2026-06-14T09:00:00Z', last: last('2026-06-09', 'posted'), expected: { post: true, date: '2026-06-14', following: '2026-06-15T07:00:00.000Z' } },
		{ given: 'today was already posted', now: '2026-06-10T09:00:00Z', last: last('2026-06-10', 'posted'), expected: { post: false, nextAt: '2026-06-11T07:00:00.000Z' } },
		{ given: "today's post failed for good", now: '2026-06-10T09:00:00Z', last: last('2026-06-10', 'failed'), expected: { post: false, nextAt: '2026-06-11T07:00:00.000Z' } },
		{ given: "today's post was being posted when the bot stopped (never twice)", now: '2026-06-10T09:00:00Z', last: last('2026-06-10', 'posting'), expected: { post: false, nextAt: '2026-06-11T07:00:00.000Z' } },
		{ given: "today's post is to be tried again", now: '2026-06-10T07:05:00Z', last: last('2026-06-10', 'retrying'), expected: { post: true, date: '2026-06-10', following: '2026-06-11T07:00:00.000Z' } },
		{ given: "yesterday's retry comes due after midnight (the day is over)", now: '2026-06-10T23:05:00Z', last: last('2026-06-10', 'retrying'), expected: { post: false, nextAt: '2026-06-11T07:00:00.000Z' } },
		{ given: 'one millisecond before the set time', now: '2026-06-10T06:59:59.999Z', last: undefined, expected: { post: false, nextAt: '2026-06-10T07:00:00.000Z' } },
	])('GIVEN $given THEN $expected', ({ now, last: lastPost, expected }) => {
		const decision = decide(london8, at(now), lastPost);
		expect(decision.post ? { ...decision, following: iso(decision.following) } : { ...decision, nextAt: iso(decision.nextAt) }).toEqual(expected);
	});
});

describe('upcomingPost: when a schedule set at an instant posts first', () => {
	test.each([
		{ given: 'the time is still ahead today', now: '2026-06-10T06:00:00Z', last: undefined, expected: '2026-06-10T07:00:00.000Z' },
		{ given: 'the time has passed today (no post at once; tomorrow)', now: '2026-06-10T09:00:00Z', last: undefined, expected: '2026-06-11T07:00:00.000Z' },
		{ given: 'today was posted and the time is moved later today (once a day)', now: '2026-06-10T06:00:00Z', last: last('2026-06-10', 'posted'), expected: '2026-06-11T07:00:00.000Z' },
		{ given: 'yesterday was posted and the time is ahead today', now: '2026-06-10T06:00:00Z', last: last('2026-06-09', 'posted'), expected: '2026-06-10T07:00:00.000Z' },
	])('GIVEN $given THEN $expected', ({ now, last: lastPost, expected }) => {
		expect(iso(upcomingPost(london8, at(now), lastPost))).toBe(expected);
	});
});

describe('a schedule walked day by day across daylight-saving changes', () => {
	/** Posts every day from `from`, as the scheduler does: each post moves the schedule to `following`. */
	function walk(settings: typeof london8, from: string, days: number): string[] {
		const posts: string[] = [];
		let next = upcomingPost(settings, at(from), undefined);
		let lastPost: LastPost | undefined;
		for (let day = 0; day < days; day += 1) {
			const decision = decide(settings, next, lastPost);
			if (!decision.post) throw new Error(`not due at ${iso(next)}`);
			posts.push(iso(next));
			lastPost = last(decision.date, 'posted');
			next = decision.following;
		}
		return posts;
	}

	test.each([
		{
			given: '02:30 America/New_York over spring-forward (02:30 does not exist on 8 March)',
			settings: { time: { hour: 2, minute: 30 }, timeZone: 'America/New_York' },
			from: '2026-03-07T00:00:00Z',
			expected: ['2026-03-07T07:30:00.000Z', '2026-03-08T07:00:00.000Z', '2026-03-09T06:30:00.000Z'],
		},
		{
			given: '08:00 America/New_York over spring-forward (23 hours apart)',
			settings: { time: { hour: 8, minute: 0 }, timeZone: 'America/New_York' },
			from: '2026-03-07T00:00:00Z',
			expected: ['2026-03-07T13:00:00.000Z', '2026-03-08T12:00:00.000Z', '2026-03-09T12:00:00.000Z'],
		},
		{
			given: '01:30 Europe/London over fall-back (01:30 happens twice on 25 October: once)',
			settings: { time: { hour: 1, minute: 30 }, timeZone: 'Europe/London' },
			from: '2026-10-24T00:00:00Z',
			expected: ['2026-10-24T00:30:00.000Z', '2026-10-25T00:30:00.000Z', '2026-10-26T01:30:00.000Z'],
		},
		{
			given: '08:00 Europe/London over spring-forward',
			settings: london8,
			from: '2026-03-28T00:00:00Z',
			expected: ['2026-03-28T08:00:00.000Z', '2026-03-29T07:00:00.000Z', '2026-03-30T07:00:00.000Z'],
		},
	])('GIVEN $given THEN it posts once a local day at $expected', ({ settings, from, expected }) => {
		expect(walk(settings, from, expected.length)).toEqual(expected);
	});

	test('GIVEN 01:30 Europe/London on fall-back day WHEN the second 01:30 comes THEN nothing is due again that day', () => {
		const posted = last('2026-10-25', 'posted');
		expect(decide({ time: { hour: 1, minute: 30 }, timeZone: 'Europe/London' }, at('2026-10-25T01:30:00Z'), posted)).toEqual({ post: false, nextAt: at('2026-10-26T01:30:00Z') });
	});
});
