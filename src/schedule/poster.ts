import type { Faq } from '../faq/model.js';
import type { TodaysTip } from '../tips/today.js';

/** What came of posting: done, or why not and whether trying again later the same day can help. */
export type PostOutcome =
	| { readonly ok: true }
	| {
			readonly ok: false;
			/** Only a moderator can fix it (the channel is gone, the bot may not post there). */
			readonly lasting: boolean;
			/** For moderators and logs, e.g. "Missing Permissions (Discord error 50013)". */
			readonly reason: string;
	  };

/** The narrow port through which the schedule posts; the Discord adapter implements it. */
export interface TipPoster {
	/** Posts `tip` in the channel as the guild's tip for its local `date`. Never throws for Discord's refusals. */
	post(channelId: string, tip: TodaysTip, faq: Faq, date: string): Promise<PostOutcome>;
}
