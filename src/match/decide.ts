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
	/**
	 * How likely it would be the answer but for its ties and any uncovered subject. It decides
	 * whether the entry is offered at all: two entries that fit a question equally well each have
	 * a low probability of being the answer, and both deserve a mention.
	 */
	readonly fit: number;
}

/** Every candidate of a message, best first, and what else the decision needs to know. */
export interface Ranking {
	readonly candidates: readonly Candidate[];
	/** The best entry of each asking clause, for a message that asks several things. */
	readonly clauseTops: readonly Candidate[];
	/** Subjects the message asks about that the FAQ does not cover. */
	readonly uncovered: readonly string[];
}

export type Thresholds = Pick<MatcherOptions, 'answerConfidence' | 'suggestConfidence' | 'margin' | 'maxSuggestions'>;

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
	const offered = candidates.filter(({ fit }) => fit >= thresholds.suggestConfidence);
	const [top] = candidates;
	const [best, ...others] = offered;
	const unnamed = unnamedSubjects(top, best, uncovered);
	if (unnamed) {
		return { status: 'no_match', question, score: roundScore(top?.probability ?? 0), suggestions: offered.slice(0, thresholds.maxSuggestions).map(suggestion), uncovered: unnamed };
	}
	if (!best) return { status: 'no_match', question, score: roundScore(top?.probability ?? 0), suggestions: [] };

	const also = clauseTops
		.filter((top) => top.entry !== best.entry && top.clause !== best.clause && top.fit >= thresholds.suggestConfidence)
		.sort((a, b) => b.probability - a.probability)[0];
	const overlapping = others.filter((other) => overlap(entries[best.entry]!, entries[other.entry]!));
	const rivals = others.filter(
		(other) => other.entry !== also?.entry && !overlapping.includes(other) && logit(best.probability) - logit(other.probability) < thresholds.margin,
	);
	const confidence = withOverlapping(best, overlapping);
	if (confidence >= thresholds.answerConfidence && rivals.length === 0) {
		return {
			status: 'answered',
			question,
			entry: entries[best.entry]!,
			score: roundScore(confidence),
			suggestions: others.slice(0, thresholds.maxSuggestions).map(suggestion),
			...(also ? { also: suggestion(also) } : {}),
		};
	}
	return { status: 'ambiguous', question, score: roundScore(best.probability), suggestions: offered.slice(0, thresholds.maxSuggestions).map(suggestion) };
}

/**
 * Two entries whose answers cover the same ground do not compete: a close second among them is
 * a second right answer, offered beside the first, not a reason to ask which one was meant.
 */
function overlap(a: Entry, b: Entry): boolean {
	return a.overlaps.includes(b.id) || b.overlaps.includes(a.id);
}

/**
 * How likely the best entry, or an entry it overlaps (offered beside it), answers the question.
 * Two entries that cover the same ground split the evidence between them, so each can fall short
 * of the threshold while the member is well served by either: their chances are combined as if
 * independent.
 */
function withOverlapping(best: Candidate, overlapping: readonly Candidate[]): number {
	return 1 - overlapping.reduce((miss, { probability }) => miss * (1 - probability), 1 - best.probability);
}

/**
 * What the member asks about that the likeliest entry, or the one the reply would put first, does
 * not name: not a question this FAQ answers. The reply says so and offers the nearest entries only
 * as related. With no entry in sight, any uncovered subject the message names is reason enough.
 */
function unnamedSubjects(top: Candidate | undefined, best: Candidate | undefined, uncovered: readonly string[]): readonly string[] | undefined {
	if (top) return top.uncovered ?? best?.uncovered;
	return uncovered.length > 0 ? uncovered : undefined;
}

/**
 * Probabilities are compared as log-odds: 0.998 against 0.9 is a clear lead, however close the two
 * look, and 0.6 against 0.5 is not.
 */
function logit(probability: number): number {
	const p = Math.min(1 - 1e-6, Math.max(1e-6, probability));
	return Math.log(p / (1 - p));
}
