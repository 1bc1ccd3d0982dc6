import type { Engine } from '../match/engine.js';
import type { LabelledSet } from './labelled-set.js';

export interface Bucket {
	/** Lower bound of the confidence range, inclusive; the range is 0.1 wide. */
	readonly from: number;
	readonly questions: number;
	/** Mean confidence the engine gave its best entry in this range. */
	readonly confidence: number;
	/** Share of these questions whose best entry was acceptable. */
	readonly accuracy: number;
}

export interface Reliability {
	readonly buckets: readonly Bucket[];
	/** Expected calibration error: the question-weighted gap between confidence and accuracy. */
	readonly ece: number;
	readonly questions: number;
}

const BUCKETS = 10;

/** The held-out calibration error the accuracy issue asks for. */
export const ECE_TARGET = 0.05;

/**
 * Whether `score` means what it says: for every in-scope and off-topic question that reaches the
 * matcher, the confidence in the best-ranked entry against whether that entry was acceptable
 * (never, for an off-topic question). A score of 0.8 should be right about 80% of the time.
 */
export function reliability(engine: Engine, set: LabelledSet): Reliability {
	const cases = [...set.in_scope.map(({ q, ids }) => ({ q, ids })), ...set.off_topic.map(({ q }) => ({ q, ids: [] as string[] }))];
	const sums = Array.from({ length: BUCKETS }, () => ({ questions: 0, confidence: 0, right: 0 }));
	let questions = 0;
	for (const { q, ids } of cases) {
		const status = engine.ask(q).status;
		if (status === 'urgent' || status === 'invalid') continue;
		const best = engine.rank(q, 1)[0];
		const confidence = best?.score ?? 0;
		const bucket = sums[Math.min(BUCKETS - 1, Math.floor(confidence * BUCKETS))]!;
		bucket.questions += 1;
		bucket.confidence += confidence;
		if (best && ids.includes(best.id)) bucket.right += 1;
		questions += 1;
	}
	const buckets = sums.flatMap((sum, i) =>
		sum.questions === 0 ? [] : [{ from: i / BUCKETS, questions: sum.questions, confidence: sum.confidence / sum.questions, accuracy: sum.right / sum.questions }],
	);
	const ece = buckets.reduce((total, b) => total + (b.questions / Math.max(1, questions)) * Math.abs(b.confidence - b.accuracy), 0);
	return { buckets, ece, questions };
}
