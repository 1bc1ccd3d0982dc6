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
