import type { Faq } from '../faq/model.js';
import type { Match } from '../match/types.js';
import { buildReply } from '../reply/build.js';
import type { Reply } from '../reply/model.js';

const BROWSE_HINT = 'Use `/faq browse` to see every question I can answer.';

/** The reply to a member's question, worded for Discord. */
export function replyTo(match: Match, faq: Faq): Reply {
	return buildReply(match, faq, { browseHint: BROWSE_HINT });
}
