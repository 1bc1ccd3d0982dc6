/**
 * The two labelled sets. The development set may be read, swept and tuned on; the held-out set was
 * written blind from the source article and is never used to choose a threshold, a synonym or an
 * alternate, so its figures are the ones that predict what members will see.
 */
export const LABELLED_SETS = [
	{ name: 'development', file: 'tests/eval/development.yaml' },
	{ name: 'held-out', file: 'tests/eval/heldout.yaml' },
] as const;

export type SetName = (typeof LABELLED_SETS)[number]['name'];
