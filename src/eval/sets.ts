/**
 * The labelled sets, each with its one use. The development set may be read and tuned on: the FAQ's
 * alternates, synonyms and tags were written against its misses. The calibration set, written blind
 * after that, fits the probability model and chooses the thresholds (`npm run -s tune`), since a
 * model fitted on questions the content was tuned on is overconfident on new ones. The held-out
 * set was written blind from the source article and is never used to choose anything: its figures
 * are the ones that predict what members will see.
 */
export const LABELLED_SETS = [
	{ name: 'development', file: 'tests/eval/development.yaml' },
	{ name: 'calibration', file: 'tests/eval/calibration.yaml' },
	{ name: 'held-out', file: 'tests/eval/heldout.yaml' },
] as const;

export type SetName = (typeof LABELLED_SETS)[number]['name'];

export function labelledSet(name: SetName): (typeof LABELLED_SETS)[number] {
	return LABELLED_SETS.find((set) => set.name === name)!;
}
