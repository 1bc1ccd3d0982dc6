import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { fail, ok, type Result } from '../lib/result.js';
import type { Problem } from '../faq/model.js';
import { parseYaml } from '../faq/yaml-file.js';

/**
 * A labelled question set, as `npm run eval` and the accuracy guard read it. Three sets live in
 * `tests/eval/`: the development set, which chose thresholds, synonyms and alternates, and the
 * held-out set, written blind and never tuned on. Both use this format.
 */

const question = z.string().trim().min(1);
const id = z.string().min(1);

/** An in-scope question and every entry that answers it acceptably (`id:` for one, `ids:` for several). */
const inScope = z.union([
	z.strictObject({ q: question, id }).transform(({ q, id }) => ({ q, ids: [id] })),
	z.strictObject({ q: question, ids: z.array(id).min(1) }),
]);

/** A question the FAQ does not answer; a near miss is a health or fitness question it merely sounds like. */
const offTopic = z.union([
	question.transform((q) => ({ q, nearMiss: false })),
	z.strictObject({ q: question, near_miss: z.boolean().default(false) }).transform(({ q, near_miss }) => ({ q, nearMiss: near_miss })),
]);

const urgent = z.union([
	question.transform((q) => ({ q, kind: undefined as string | undefined })),
	z.strictObject({ q: question, kind: z.string().min(1).optional() }),
]);

/** Sounds alarming but is not an emergency; with ids, these entries answer it, else it must not be answered. */
const nonUrgent = z.union([
	z.strictObject({ q: question, id: id.nullable() }).transform(({ q, id }) => ({ q, ids: id === null ? [] : [id] })),
	z.strictObject({ q: question, ids: z.array(id).default([]) }),
]);

export const labelledSetSchema = z.strictObject({
	in_scope: z.array(inScope).min(1),
	off_topic: z.array(offTopic).min(1),
	urgent: z.array(urgent).default([]),
	non_urgent_health: z.array(nonUrgent).default([]),
});

/** The file as written, before the shorthand forms are spelled out. */
export type LabelledSetFile = z.input<typeof labelledSetSchema>;
export type LabelledSet = z.output<typeof labelledSetSchema>;

export async function readLabelledSet(file: string): Promise<Result<LabelledSet, Problem>> {
	let text: string;
	try {
		text = await readFile(file, 'utf8');
	} catch {
		return fail([{ file, message: 'cannot read the labelled question set' }]);
	}
	return parseYaml(text, labelledSetSchema, { file });
}

/** Every label must name an entry of the FAQ being evaluated: a typo in a label is a wrong figure. */
export function checkLabels(set: LabelledSet, entryIds: ReadonlySet<string>, file: string): Result<LabelledSet, Problem> {
	const unknown = [...set.in_scope, ...set.non_urgent_health].flatMap(({ q, ids }) =>
		ids.filter((label) => !entryIds.has(label)).map((label) => ({ file, message: `"${q}" is labelled with unknown entry id "${label}"` })),
	);
	return unknown.length > 0 ? fail(unknown) : ok(set);
}

/** Every question of the set, of every kind, in file order: realistic input for benchmarks. */
export function questionsOf(set: LabelledSet): string[] {
	return [...set.in_scope, ...set.off_topic, ...set.urgent, ...set.non_urgent_health].map(({ q }) => q);
}
