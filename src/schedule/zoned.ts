/**
 * Wall-clock time in IANA time zones, from the time zone data Node ships (Intl), so a daily time
 * stays at the same local hour across daylight-saving changes. Dates are `YYYY-MM-DD` strings:
 * they compare and sort as text and go into the database as they are.
 */

import type { TimeOfDay } from '../lib/time-of-day.js';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
	let formatter = formatters.get(zone);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat('en-US', {
			timeZone: zone,
			hourCycle: 'h23',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric',
		});
		formatters.set(zone, formatter);
	}
	return formatter;
}

/** The wall-clock reading in `zone` at `instant`, as if that reading were UTC (whole seconds). */
function wallClock(instant: number, zone: string): number {
	const part: Record<string, number> = {};
	for (const { type, value } of formatterFor(zone).formatToParts(instant)) part[type] = Number(value);
	return Date.UTC(part.year!, part.month! - 1, part.day!, part.hour!, part.minute!, part.second!);
}

function offsetAt(instant: number, zone: string): number {
	return wallClock(instant, zone) - Math.floor(instant / 1000) * 1000;
}

/** The local calendar date in `zone` at `instant`. */
export function localDate(instant: number, zone: string): string {
	return new Date(wallClock(instant, zone)).toISOString().slice(0, 10);
}

/** The calendar date `days` after `date` (before, when negative). */
export function addDays(date: string, days: number): string {
	return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The instant the clocks in `zone` show `time` on `date`. When they show it twice (the hour
 * repeated as summer time ends) it is the first time; when they skip it (the hour lost as summer
 * time starts) it is the first minute after it, the moment the clocks jump.
 */
export function instantOf(date: string, time: TimeOfDay, zone: string): number {
	const wall = Date.parse(`${date}T00:00:00Z`) + (time.hour * 60 + time.minute) * MINUTE_MS;
	// Any change of offset near this wall time shows up between the offsets a day either side.
	const candidates = [...new Set([offsetAt(wall - DAY_MS, zone), offsetAt(wall + DAY_MS, zone)])].map((offset) => wall - offset);
	const exact = candidates.filter((instant) => wallClock(instant, zone) === wall);
	if (exact.length > 0) return Math.min(...exact);
	if (candidates.length === 1) return candidates[0]!;

	// In the gap: find the first minute whose wall clock is past the missing time.
	let before = Math.min(...candidates) / MINUTE_MS;
	let after = Math.max(...candidates) / MINUTE_MS;
	while (after - before > 1) {
		const middle = Math.floor((before + after) / 2);
		if (wallClock(middle * MINUTE_MS, zone) > wall) after = middle;
		else before = middle;
	}
	return after * MINUTE_MS;
}

const readable = new Map<string, Intl.DateTimeFormat>();

/** `Sun, 8 Mar 2026, 03:00`: an instant as people in `zone` read it off their clocks. */
export function formatLocal(instant: number, zone: string): string {
	let formatter = readable.get(zone);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat('en-GB', { timeZone: zone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
		readable.set(zone, formatter);
	}
	return formatter.format(instant);
}
