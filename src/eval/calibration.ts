import type { Engine } from '../match/engine.js';
import type { LabelledSet } from './labelled-set.js';

export interface Bucket {
	/** Lower bound of the score range, inclusive; the range is 0.1 wide. */
	readonly from: number;
	readonly answered: number;
	readonly right: number;
}

/**
 * How often an answer is right at each confidence: the answered in-scope and off-topic questions,
 * by score. A calibrated score is one where higher buckets are right more often.
 */
export function calibration(engine: Engine, set: LabelledSet): Bucket[] {
	const cases = [...set.in_scope.map(({ q, id }) => ({ q, id: id as string | undefined })), ...set.off_topic.map((q) => ({ q, id: undefined }))];
	const buckets = new Map<number, { answered: number; right: number }>();
	for (const { q, id } of cases) {
		const match = engine.ask(q);
		if (match.status !== 'answered') continue;
		const from = Math.min(9, Math.floor(match.score * 10)) / 10;
		const bucket = buckets.get(from) ?? { answered: 0, right: 0 };
		bucket.answered += 1;
		if (match.entry.id === id) bucket.right += 1;
		buckets.set(from, bucket);
	}
	return [...buckets].sort(([a], [b]) => a - b).map(([from, counts]) => ({ from, ...counts }));
}
