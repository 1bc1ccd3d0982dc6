import { createTriage } from '../match/triage.js';
import { FAQ_FILES } from '../faq/files.js';
import type { Problem, Triage } from '../faq/model.js';

/** The rules' own examples, run through the triage they belong to, as `faq check` reports them. */
export function checkTriageExamples(triage: Triage): Problem[] {
	const triager = createTriage(triage);
	return triage.rules.flatMap(({ kind, examples, not }) => [
		...examples.flatMap((example, i) => {
			const got = triager(example);
			return got === kind ? [] : [{ file: FAQ_FILES.triage, entry: kind, field: `examples[${i}]`, message: `"${example}" is ${got ? `triaged as "${got}"` : 'not triaged'}, not as "${kind}"` }];
		}),
		...not.flatMap((example, i) => {
			const got = triager(example);
			return got === undefined ? [] : [{ file: FAQ_FILES.triage, entry: kind, field: `not[${i}]`, message: `"${example}" is triaged as "${got}", but must not be triaged` }];
		}),
	]);
}
