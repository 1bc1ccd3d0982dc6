import { fail, ok, type Result } from '../lib/result.js';

/** Every zone this Node knows, for autocomplete; `UTC` is valid but not among Intl's canonical list. */
export const TIME_ZONES: readonly string[] = ['UTC', ...Intl.supportedValuesOf('timeZone')];

/** Offsets such as `+05:00` follow no daylight-saving rules, so only named zones are taken. */
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;

/**
 * An IANA time zone name, in the spelling Node resolves it to: `america/new_york` and the alias
 * `US/Eastern` both become `America/New_York`.
 */
export function parseTimeZone(text: string): Result<string, string> {
	const name = text.trim();
	const problem = [`"${name.slice(0, 40)}" is not a time zone I know. Pick one from the list as you type, such as Europe/London or America/New_York.`];
	if (!ZONE_NAME.test(name)) return fail(problem);
	try {
		return ok(new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone);
	} catch {
		return fail(problem);
	}
}

/**
 * Zones for a half-typed name, best first: the exact name, then names whose city starts with what
 * is typed, then names with any part that does, then names that contain it; among equals the
 * shortest city first, since what is typed is most of it (`lon` → Europe/London before
 * Arctic/Longyearbyen). Spaces count as underscores.
 */
export function suggestTimeZones(typed: string, limit: number): string[] {
	const query = typed.trim().toLowerCase().replace(/\s+/g, '_');
	const ranked = TIME_ZONES.flatMap((zone) => {
		const name = zone.toLowerCase();
		const city = name.slice(name.lastIndexOf('/') + 1);
		const rank =
			name === query ? 0 : city.startsWith(query) ? 1 : name.split(/[/_-]/).some((part) => part.startsWith(query)) ? 2 : name.includes(query) ? 3 : undefined;
		return rank === undefined ? [] : [{ zone, rank, length: city.length }];
	});
	return ranked
		.sort((a, b) => a.rank - b.rank || a.length - b.length || a.zone.localeCompare(b.zone))
		.slice(0, limit)
		.map(({ zone }) => zone);
}
