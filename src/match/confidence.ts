import { CALIBRATION_FEATURES } from '../faq/schema.js';
import type { CalibrationWeights } from './options.js';
import type { Scored, WeighedQuery } from './score.js';

export { CALIBRATION_FEATURES } from '../faq/schema.js';

/**
 * A raw score says how much of a question an entry explains; members and moderators need the
 * probability that the entry is the right answer. That probability is a logistic function of the
 * evidence below, fitted on the calibration set (`npm run -s tune`), so "0.8" means right about
 * 8 times in 10 — `npm run -s eval` reports how well that holds on the held-out set.
 */
export type Features = { readonly [K in (typeof CALIBRATION_FEATURES)[number]]: number };

/**
 * Leads this small are near ties. On the scale of `clearLead` a lead of 0.01 against one of 0.03
 * weighs about as much as 0.1 against 0.3: whether the best entry is clear of its rival at all
 * says more than how far ahead it is once it is.
 */
const NEAR_TIE = 0.01;

/**
 * How far the questions members asked can speak for or against an entry, in log-odds. A naive
 * Bayes is overconfident at its extremes: past odds of about 20,000 to 1 it says nothing more.
 */
const ASKED_ODDS_LIMIT = 10;

/**
 * An entry's log-probability from the questions members asked, as log-odds against an even share
 * of the pack's entries, clipped: 0 when the question's words say nothing (or there is one entry),
 * whatever the size of the pack, so the weight `tune` fits means the same for every pack.
 */
function askedOdds(logProbability: number, entries: number): number {
	if (entries < 2) return 0;
	const odds = logProbability - Math.log(-Math.expm1(Math.min(-1e-12, logProbability))) + Math.log(entries - 1);
	return Math.max(-ASKED_ODDS_LIMIT, Math.min(ASKED_ODDS_LIMIT, odds));
}

/**
 * The evidence for one candidate: its own scores, its lead over its two best rivals, and the
 * question's. The lead over the second rival tells a pair of close entries well ahead of the rest
 * (often both fair answers) from a best entry lost in a crowd. The message's length weighs in
 * because background dilutes every entry's score: the same score says more in a long story than
 * in a one-line question. What members meant by the question's words, learned from the questions
 * they asked (asked.txt), weighs in beside all this.
 */
export function features(candidate: Scored, rivals: readonly Scored[], query: WeighedQuery): Features {
	const lead = candidate.score - (rivals[0]?.score ?? 0);
	return {
		score: candidate.score,
		lead,
		clearLead: Math.asinh(lead / NEAR_TIE),
		clearOfField: Math.asinh((candidate.score - (rivals[1]?.score ?? 0)) / NEAR_TIE),
		coverage: candidate.coverage,
		phrasing: candidate.phrasing,
		onSubject: query.onSubject ? 1 : 0,
		unknown: query.unknown,
		focusTerms: Math.log1p(query.focusTerms),
		messageLength: Math.log1p(query.words),
		asked: askedOdds(query.asked[candidate.entry]!, query.asked.length),
	};
}

/** The two best entries other than the `at`-th of a ranking, best first: the ones it has to beat. */
export function rivalsOf(ranked: readonly Scored[], at: number): readonly Scored[] {
	return ranked.filter((_, i) => i !== at).slice(0, 2);
}

/** The evidence weighed into one number: how strongly it says this entry is the answer. */
export function evidence(x: Features, weights: CalibrationWeights): number {
	let z = weights.bias;
	for (const key of CALIBRATION_FEATURES) z += weights[key] * x[key];
	return z;
}

/**
 * Two stages: the weights rank an entry among its rivals (they are fitted on every reading's best
 * few entries), and `scale` and `shift` then map that to how often the best entry is right.
 */
export function probability(x: Features, weights: CalibrationWeights): number {
	return 1 / (1 + Math.exp(-(weights.scale * evidence(x, weights) + weights.shift)));
}
