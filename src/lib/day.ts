const DAY_MS = 86_400_000;

/** The UTC date of an instant, `YYYY-MM-DD`: the granularity the bot's counts are kept at. */
export function utcDay(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}

/** The `days` UTC dates that end with the one holding `ms`, oldest first. */
export function lastDays(ms: number, days: number): string[] {
	return Array.from({ length: days }, (_, index) => utcDay(ms - (days - 1 - index) * DAY_MS));
}
