import type { Entry } from '../faq/model.js';
import type { MatcherOptions } from './options.js';
import { roundScore } from './score.js';
import type { Match, Suggestion } from './types.js';

/** An entry with the probability that it answers the question, and which question of the message it answers. */
export interface Candidate {
	readonly entry: number;
	readonly probability: number;
	/** The asking clause it was matched on, or undefined when matched on the whole message. */
	readonly clause: number | undefined;
	/** Subjects the question asks about that the FAQ does not cover and this entry does not name. */
	readonly uncovered?: readonly string[];
	/** For such an entry: how likely it would be the answer but for those subjects, which decides whether it is offered as related. */
	readonly related?: number;
}

/** Every candidate of a message, best first, and what else the decision needs to know. */
export interface Ranking {
	readonly candidates: readonly Candidate[];
	/** The best entry of each asking clause, for a message that asks several things. */
	readonly clauseTops: readonly Candidate[];
	/** Subjects the message asks about that the FAQ does not cover. */
	readonly uncovered: readonly string[];
}

type Thresholds = Pick<MatcherOptions, 'answerConfidence' | 'suggestConfidence' | 'margin' | 'maxSuggestions'>;

/**
 * One status for a question's candidates, best first: a confident answer, a short "did you mean",
 * or an honest no. The best entry of another asking clause of the same message does not compete
 * with the answer: it is offered beside it.
 */
export function decide(question: string, { candidates, clauseTops, uncovered }: Ranking, entries: readonly Entry[], thresholds: Thresholds): Match {
	const suggestion = ({ entry, probability }: Candidate): Suggestion => ({
		id: entries[entry]!.id,
		question: entries[entry]!.question,
		score: roundScore(probability),
	});
	const offered = candidates.filter(({ probability }) => probability >= thresholds.suggestConfidence);
	const [best, ...others] = offered;
	const top = candidates[0];
	if (top?.uncovered || (!top && uncovered.length > 0)) {
		// Not a question this FAQ answers: say so, and offer the nearest entries only as related.
		const related = candidates.filter((candidate) => (candidate.related ?? candidate.probability) >= thresholds.suggestConfidence);
		return { status: 'no_match', question, score: roundScore(top?.probability ?? 0), suggestions: related.slice(0, thresholds.maxSuggestions).map(suggestion), uncovered: top?.uncovered ?? uncovered };
	}
	if (!best) return { status: 'no_match', question, score: roundScore(top?.probability ?? 0), suggestions: [] };

	const also = clauseTops
		.filter((top) => top.entry !== best.entry && top.clause !== best.clause && top.probability >= thresholds.suggestConfidence)
		.sort((a, b) => b.probability - a.probability)[0];
	const rivals = others.filter((other) => other.entry !== also?.entry && best.probability - other.probability < thresholds.margin);
	if (best.probability >= thresholds.answerConfidence && rivals.length === 0) {
		return {
			status: 'answered',
			question,
			entry: entries[best.entry]!,
			score: roundScore(best.probability),
			suggestions: others.slice(0, thresholds.maxSuggestions).map(suggestion),
			...(also ? { also: suggestion(also) } : {}),
		};
	}
	return { status: 'ambiguous', question, score: roundScore(best.probability), suggestions: offered.slice(0, thresholds.maxSuggestions).map(suggestion) };
}
