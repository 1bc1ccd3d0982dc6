import { fail, ok, type Result } from './result.js';

/** A time of day on the 24-hour clock. */
export interface TimeOfDay {
	readonly hour: number;
	readonly minute: number;
}

const HH_MM = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/** `HH:MM` on the 24-hour clock; a single-digit hour (`7:30`) is accepted too. */
export function parseTimeOfDay(text: string): Result<TimeOfDay, string> {
	const match = HH_MM.exec(text.trim());
	if (!match) return fail([`The time must be HH:MM on the 24-hour clock, such as 08:00 or 19:30 (got "${text.trim().slice(0, 20)}").`]);
	return ok({ hour: Number(match[1]), minute: Number(match[2]) });
}

/** Always `HH:MM`, the form stored and shown. */
export function formatTimeOfDay({ hour, minute }: TimeOfDay): string {
	return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}
