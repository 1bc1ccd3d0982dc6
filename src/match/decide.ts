import type { Entry } from '../faq/model.js';
import type { Scored } from './score.js';
import type { Match, Suggestion } from './types.js';

/**
 * Thresholds on the blended score, set from `npm run eval` (see tests/eval): below NO_MATCH the best
 * entry is more often wrong than right, and within MARGIN of each other two entries are a coin toss.
 */
export const THRESHOLDS = {
	answer: 0.55,
	suggest: 0.4,
	margin: 0.06,
} as const;

const MAX_SUGGESTIONS = 3;

/** One status for a scored question: confident, a short "did you mean", or an honest no. */
export function decide(question: string, ranked: readonly Scored[], entries: readonly Entry[]): Match {
	const suggestion = ({ entry, score }: Scored): Suggestion => ({
		id: entries[entry]!.id,
		question: entries[entry]!.question,
		score: round(score),
	});
	const [best, second] = ranked;
	if (!best || best.score < THRESHOLDS.suggest) {
		return { status: 'no_match', question, score: round(best?.score ?? 0), suggestions: [] };
	}
	const close = ranked.filter(({ score }) => score >= THRESHOLDS.suggest && best.score - score < THRESHOLDS.margin);
	if (best.score >= THRESHOLDS.answer && (!second || best.score - second.score >= THRESHOLDS.margin)) {
		return { status: 'answered', question, entry: entries[best.entry]!, score: round(best.score), suggestions: ranked.slice(1, MAX_SUGGESTIONS + 1).filter(({ score }) => score >= THRESHOLDS.suggest).map(suggestion) };
	}
	if (close.length >= 2 || best.score >= THRESHOLDS.answer) {
		return { status: 'ambiguous', question, score: round(best.score), suggestions: ranked.slice(0, Math.max(2, Math.min(MAX_SUGGESTIONS, close.length))).map(suggestion) };
	}
	return { status: 'no_match', question, score: round(best.score), suggestions: [] };
}

function round(score: number): number {
	return Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000;
}
