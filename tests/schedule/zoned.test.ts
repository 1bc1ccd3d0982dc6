import { describe, expect, test } from 'vitest';
import { addDays, instantOf, localDate } from '../../src/schedule/zoned.js';

const at = (iso: string) => Date.parse(iso);
const time = (text: string) => ({ hour: Number(text.slice(0, 2)), minute: Number(text.slice(3, 5)) });

describe("instantOf: the instant a zone's clocks show a time on a date", () => {
	test.each([
		// America/New_York: EST (UTC−5) until 2026-03-08 02:00, EDT (UTC−4) until 2026-11-01 02:00.
		{ zone: 'America/New_York', date: '2026-03-07', time: '08:00', expected: '2026-03-07T13:00:00Z', why: 'the day before spring-forward, EST' },
		{ zone: 'America/New_York', date: '2026-03-08', time: '08:00', expected: '2026-03-08T12:00:00Z', why: 'spring-forward day, after the change: EDT' },
		{ zone: 'America/New_York', date: '2026-03-08', time: '01:59', expected: '2026-03-08T06:59:00Z', why: 'the last minute before the gap' },
		{ zone: 'America/New_York', date: '2026-03-08', time: '02:00', expected: '2026-03-08T07:00:00Z', why: 'in the gap: the first valid minute after is 03:00 EDT' },
		{ zone: 'America/New_York', date: '2026-03-08', time: '02:30', expected: '2026-03-08T07:00:00Z', why: 'in the gap: 03:00 EDT' },
		{ zone: 'America/New_York', date: '2026-03-08', time: '03:00', expected: '2026-03-08T07:00:00Z', why: 'the first minute after the gap' },
		{ zone: 'America/New_York', date: '2026-11-01', time: '01:30', expected: '2026-11-01T05:30:00Z', why: 'fall-back: 01:30 happens twice, the first (EDT) counts' },
		{ zone: 'America/New_York', date: '2026-11-01', time: '02:00', expected: '2026-11-01T07:00:00Z', why: 'fall-back day, after the change: EST' },
		// Europe/London: GMT until 2026-03-29 01:00 UTC, BST (UTC+1) until 2026-10-25 01:00 UTC.
		{ zone: 'Europe/London', date: '2026-03-29', time: '01:30', expected: '2026-03-29T01:00:00Z', why: 'in the gap: 02:00 BST' },
		{ zone: 'Europe/London', date: '2026-03-29', time: '08:00', expected: '2026-03-29T07:00:00Z', why: 'spring-forward day, after the change: BST' },
		{ zone: 'Europe/London', date: '2026-10-25', time: '01:30', expected: '2026-10-25T00:30:00Z', why: 'fall-back: the first 01:30 (BST), not the second (GMT)' },
		{ zone: 'Europe/London', date: '2026-10-24', time: '08:00', expected: '2026-10-24T07:00:00Z', why: 'the day before fall-back, BST' },
		{ zone: 'Europe/London', date: '2026-10-25', time: '08:00', expected: '2026-10-25T08:00:00Z', why: 'fall-back day, after the change: GMT' },
		// Half-hour changes, no changes at all, and a day that never happened.
		{ zone: 'Australia/Lord_Howe', date: '2026-10-04', time: '02:15', expected: '2026-10-03T15:30:00Z', why: 'a 30-minute gap: 02:30 (+11:00)' },
		{ zone: 'Asia/Kolkata', date: '2026-03-08', time: '00:00', expected: '2026-03-07T18:30:00Z', why: 'no daylight saving, a half-hour offset' },
		{ zone: 'UTC', date: '2024-02-29', time: '23:59', expected: '2024-02-29T23:59:00Z', why: 'UTC on a leap day' },
		{ zone: 'Pacific/Apia', date: '2011-12-30', time: '09:00', expected: '2011-12-30T10:00:00Z', why: 'Samoa skipped 30 Dec 2011: the first minute after is 31 Dec 00:00' },
	])('GIVEN $time on $date in $zone THEN it is $expected ($why)', ({ zone, date, time: hhmm, expected }) => {
		expect(new Date(instantOf(date, time(hhmm), zone)).toISOString()).toBe(new Date(expected).toISOString());
	});
});

describe('localDate: the calendar date in a zone', () => {
	test.each([
		{ instant: '2026-03-08T04:59:59Z', zone: 'America/New_York', expected: '2026-03-07' },
		{ instant: '2026-03-08T05:00:00Z', zone: 'America/New_York', expected: '2026-03-08' },
		{ instant: '2026-10-24T23:00:00Z', zone: 'Europe/London', expected: '2026-10-25' },
		{ instant: '2026-10-24T22:59:59Z', zone: 'Europe/London', expected: '2026-10-24' },
		{ instant: '2026-12-31T11:00:00Z', zone: 'Pacific/Kiritimati', expected: '2027-01-01' },
	])('GIVEN $instant in $zone THEN the local date is $expected', ({ instant, zone, expected }) => {
		expect(localDate(at(instant), zone)).toBe(expected);
	});
});

describe('addDays', () => {
	test.each([
		{ date: '2026-02-28', days: 1, expected: '2026-03-01' },
		{ date: '2024-02-28', days: 1, expected: '2024-02-29' },
		{ date: '2026-12-31', days: 1, expected: '2027-01-01' },
		{ date: '2026-03-01', days: -1, expected: '2026-02-28' },
		{ date: '2026-03-08', days: 0, expected: '2026-03-08' },
	])('GIVEN $date + $days days THEN $expected', ({ date, days, expected }) => {
		expect(addDays(date, days)).toBe(expected);
	});
});
