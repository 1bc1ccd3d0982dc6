import type { CalibrationWeights } from './options.js';
import type { Query, Scored } from './score.js';

/**
 * A raw score says how much of a question an entry explains; members and moderators need the
 * probability that the entry is the right answer. That probability is a logistic function of the
 * evidence below, fitted on the calibration set (`npm run -s tune`), so "0.8" means right about
 * 8 times in 10 — `npm run -s eval` reports how well that holds on the held-out set.
 */
export type Features = { readonly [K in Exclude<keyof CalibrationWeights, 'bias' | 'scale' | 'shift'>]: number };

/** The evidence for one candidate: its own scores, its lead over the best rival, and the question's. */
export function features(candidate: Scored, rival: Scored | undefined, query: Query): Features {
	return {
		score: candidate.score,
		lead: candidate.score - (rival?.score ?? 0),
		coverage: candidate.coverage,
		phrasing: candidate.phrasing,
		onSubject: query.onSubject ? 1 : 0,
		unknown: query.unknown,
		focusTerms: Math.log1p(query.focusTerms),
	};
}

/** The best entry other than the `at`-th of a ranking, best first: the one it has to beat. */
export function rivalOf(ranked: readonly Scored[], at: number): Scored | undefined {
	return ranked[at === 0 ? 1 : 0];
}

/** The evidence weighed into one number: how strongly it says this entry is the answer. */
export function evidence(x: Features, weights: CalibrationWeights): number {
	let z = weights.bias;
	for (const key of Object.keys(x) as (keyof Features)[]) z += weights[key] * x[key];
	return z;
}

/**
 * Two stages: the weights rank an entry among its rivals (they are fitted on every reading's best
 * few entries), and `scale` and `shift` then map that to how often the best entry is right.
 */
export function probability(x: Features, weights: CalibrationWeights): number {
	return 1 / (1 + Math.exp(-(weights.scale * evidence(x, weights) + weights.shift)));
}
