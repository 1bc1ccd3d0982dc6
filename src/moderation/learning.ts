import { createHmac } from 'node:crypto';
import { utcDay } from '../lib/day.js';
import type { Clock } from '../lib/clock.js';
import type { Logger } from '../logger.js';
import type { Match } from '../match/types.js';
import type { LearningStore } from '../store/store.js';

/** Unanswered questions are kept this long at most: enough to read what was asked, not an essay. */
export const UNANSWERED_TEXT_LIMIT = 200;

/** What a guild's members tell the bot by asking and clicking. */
export interface Learning {
	/** A Helpful / Not helpful click. The member's id only enters the keyed hash, never the store. */
	vote(vote: { readonly guildId: string; readonly userId: string; readonly entryId: string; readonly helpful: boolean }): Promise<void>;
	/** The verdict on a member's question: an answer is counted, and an unanswered question's text kept. */
	asked(guildId: string, match: Match): Promise<void>;
	/** An entry the member picked from the suggestions as they typed: answered without matching. */
	answered(guildId: string, entryId: string): Promise<void>;
}

/**
 * Records what members teach the bot. A vote is kept under a keyed hash of (guild, entry, member):
 * one vote per member per entry, with no member id in the database and no way to link one member's
 * votes on two entries. The key is made once (`newKey`) and kept in the database. Recording is
 * best effort: a failed write is logged and never stands between a member and their answer.
 */
export async function createLearning(store: LearningStore, clock: Clock, logger: Logger, newKey: () => string): Promise<Learning> {
	const key = await store.voterKey(newKey());
	const day = () => utcDay(clock.now());
	const quietly = async (what: string, write: () => Promise<void>) => {
		try {
			await write();
		} catch (error) {
			logger.error({ err: error }, `could not record ${what}; carrying on`);
		}
	};
	return {
		vote: ({ guildId, userId, entryId, helpful }) =>
			quietly('a vote', () => store.vote({ guildId, entryId, helpful, voter: voterOf(key, guildId, entryId, userId), day: day() })),
		asked: (guildId, match) => {
			switch (match.status) {
				case 'answered':
					return quietly('an answer', () => store.answered({ guildId, entryId: match.entry.id, day: day() }));
				case 'no_match':
				case 'ambiguous':
					return quietly('an unanswered question', () => store.unanswered({ guildId, day: day(), text: keptText(match.question), status: match.status }));
				default:
					// Emergencies and invalid input are never kept: health details with no use to a moderator.
					return Promise.resolve();
			}
		},
		answered: (guildId, entryId) => quietly('an answer', () => store.answered({ guildId, entryId, day: day() })),
	};
}

/** 128 bits of HMAC-SHA256: unique enough per entry, and useless without the key. */
export function voterOf(key: string, guildId: string, entryId: string, userId: string): string {
	return createHmac('sha256', key).update(`${guildId}\n${entryId}\n${userId}`).digest('base64url').slice(0, 22);
}

/** One line, trimmed, at most UNANSWERED_TEXT_LIMIT characters. */
export function keptText(question: string): string {
	return question.replace(/\s+/g, ' ').trim().slice(0, UNANSWERED_TEXT_LIMIT).trim();
}
