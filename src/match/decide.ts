import type { Entry } from '../faq/model.js';
import { roundScore, type Scored } from './score.js';
import type { Match, Suggestion } from './types.js';

/**
 * Thresholds on the blended score, chosen by sweeping them over the labelled set (`npm run eval`)
 * for the best worst-case of in-scope accuracy and off-topic abstention. A question that never
 * names the FAQ's subject must clear a higher bar: "how do i fix my squat depth" shares words with
 * the lifting entry but is not asking about inflammation. Neighbouring values (answer 0.30–0.34,
 * penalty 0.20–0.30) score within a point of these, so the choice is not balanced on a knife edge.
 */
const THRESHOLDS = {
	answer: 0.32,
	offSubjectPenalty: 0.25,
	suggest: 0.3,
	margin: 0.02,
} as const;

const MAX_SUGGESTIONS = 3;

/** One status for a scored question: confident, a short "did you mean", or an honest no. */
export function decide(question: string, ranked: readonly Scored[], entries: readonly Entry[], onSubject: boolean): Match {
	const answerAt = THRESHOLDS.answer + (onSubject ? 0 : THRESHOLDS.offSubjectPenalty);
	const suggestion = ({ entry, score }: Scored): Suggestion => ({
		id: entries[entry]!.id,
		question: entries[entry]!.question,
		score: roundScore(score),
	});
	const [best, second] = ranked;
	if (!best || best.score < THRESHOLDS.suggest) {
		return { status: 'no_match', question, score: roundScore(best?.score ?? 0), suggestions: [] };
	}
	const close = ranked.filter(({ score }) => score >= THRESHOLDS.suggest && best.score - score < THRESHOLDS.margin);
	if (best.score >= answerAt && (!second || best.score - second.score >= THRESHOLDS.margin)) {
		return { status: 'answered', question, entry: entries[best.entry]!, score: roundScore(best.score), suggestions: ranked.slice(1, MAX_SUGGESTIONS + 1).filter(({ score }) => score >= THRESHOLDS.suggest).map(suggestion) };
	}
	if (close.length >= 2 || best.score >= answerAt) {
		return { status: 'ambiguous', question, score: roundScore(best.score), suggestions: ranked.slice(0, Math.max(2, Math.min(MAX_SUGGESTIONS, close.length))).map(suggestion) };
	}
	return { status: 'no_match', question, score: roundScore(best.score), suggestions: [] };
}
