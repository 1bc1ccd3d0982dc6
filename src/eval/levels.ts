import { readFile, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import type { Reliability } from './calibration.js';
import type { EvalReport } from './evaluate.js';

/**
 * The accuracy last measured on each labelled set, kept in the repo so that CI can fail a change
 * that makes matching worse (`tests/eval/accuracy.test.ts`). `npm run -s eval -- --record` writes
 * them; raise them as the matcher improves, never lower them to make a test pass.
 */
export const LEVELS_FILE = 'tests/eval/levels.json';

const levelSchema = z.strictObject({
	/** The figure's rate when it was recorded. */
	rate: z.number().min(0).max(1),
	/** Whether a higher rate is better (accuracy) or worse (false alarms, wrong answers, ECE). */
	higherIsBetter: z.boolean(),
});

export const levelsSchema = z.record(z.string(), z.record(z.string(), levelSchema));
export type Levels = z.infer<typeof levelsSchema>;

export const ECE_FIGURE = 'calibration error of the score (ECE)';

/** A set's figures as levels: every rated figure, and the calibration error. */
export function levelsOf(report: EvalReport, reliability: Reliability): Record<string, z.infer<typeof levelSchema>> {
	const levels: Record<string, z.infer<typeof levelSchema>> = {};
	for (const { name, hits, total, target } of report.figures) {
		levels[name] = { rate: round(hits / total), higherIsBetter: target?.atLeast ?? true };
	}
	levels[ECE_FIGURE] = { rate: round(reliability.ece), higherIsBetter: false };
	return levels;
}

/** Rates are recorded to 4 decimals: enough to catch one question in a few hundred. */
function round(rate: number): number {
	return Math.round(rate * 10_000) / 10_000;
}

export async function readLevels(file = LEVELS_FILE): Promise<Levels> {
	return levelsSchema.parse(JSON.parse(await readFile(file, 'utf8')));
}

export async function writeLevels(levels: Levels, file = LEVELS_FILE): Promise<void> {
	await writeFile(file, `${JSON.stringify(levels, null, '\t')}\n`);
}
