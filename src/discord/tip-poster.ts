import { DiscordAPIError, HTTPError, RESTJSONErrorCodes, Routes, type REST } from 'discord.js';
import { digest } from '../lib/digest.js';
import type { PostOutcome, TipPoster } from '../schedule/poster.js';
import { tipBody } from './tip-body.js';

/** Refusals that no retry can fix: a moderator has to give the channel back, or the permission. */
const LASTING: ReadonlyMap<number, string> = new Map([
	[RESTJSONErrorCodes.UnknownChannel, 'the channel no longer exists'],
	[RESTJSONErrorCodes.MissingAccess, 'I cannot see the channel'],
	[RESTJSONErrorCodes.MissingPermissions, 'I am not allowed to post in the channel'],
]);

/**
 * Posts daily tips straight through Discord's REST API, which needs no cached channel and works
 * from any shard. The nonce names the channel and the day, so a retry of a post Discord did take
 * (its answer was lost on the way back) returns that message instead of posting a second one.
 * Discord matches a nonce against the bot's recent messages in any channel: a day's alone would
 * return one server's tip to every other server posting at the same time.
 */
export function discordTipPoster(rest: REST): TipPoster {
	return {
		async post(channelId, tip, faq, date) {
			const { embeds, components } = tipBody(tip, faq);
			try {
				await rest.post(Routes.channelMessages(channelId), {
					body: { embeds, components, allowed_mentions: { parse: [] }, nonce: tipNonce(channelId, date), enforce_nonce: true },
				});
				return { ok: true };
			} catch (error) {
				return refusal(error);
			}
		},
	};
}

function refusal(error: unknown): PostOutcome {
	if (error instanceof DiscordAPIError) {
		const code = Number(error.code);
		const lasting = LASTING.get(code);
		return { ok: false, lasting: lasting !== undefined, reason: `${lasting ?? 'Discord refused the post'} (${error.message}, Discord error ${code})` };
	}
	if (error instanceof HTTPError) return { ok: false, lasting: false, reason: `Discord answered ${error.status} (${error.message})` };
	return { ok: false, lasting: false, reason: `Discord could not be reached (${error instanceof Error ? error.message : String(error)})` };
}

/** Discord takes nonces of at most 25 characters. */
export function tipNonce(channelId: string, date: string): string {
	return digest(`tip:${channelId}:${date}`).slice(0, 25);
}
