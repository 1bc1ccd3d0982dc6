import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { fail, type Result } from '../lib/result.js';
import type { Problem } from '../faq/model.js';
import { parseYaml } from '../faq/yaml-file.js';

const labelled = z.strictObject({ q: z.string().min(1), id: z.string().min(1) });

export const labelledSetSchema = z.strictObject({
	in_scope: z.array(labelled).min(1),
	off_topic: z.array(z.string().min(1)).min(1),
	urgent: z.array(z.string().min(1)).min(1),
	non_urgent_health: z.array(z.strictObject({ q: z.string().min(1), id: z.string().min(1).nullable() })).min(1),
});

export type LabelledSet = z.infer<typeof labelledSetSchema>;

export async function readLabelledSet(file: string): Promise<Result<LabelledSet, Problem>> {
	let text: string;
	try {
		text = await readFile(file, 'utf8');
	} catch {
		return fail([{ file, message: 'cannot read the labelled question set' }]);
	}
	return parseYaml(text, labelledSetSchema, { file });
}
