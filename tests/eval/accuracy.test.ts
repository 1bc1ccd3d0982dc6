import { describe, expect, test } from 'vitest';
import { reliability } from '../../src/eval/calibration.js';
import { evaluate } from '../../src/eval/evaluate.js';
import { readLabelledSet } from '../../src/eval/labelled-set.js';
import { levelsOf, readLevels } from '../../src/eval/levels.js';
import { LABELLED_SETS } from '../../src/eval/sets.js';
import { createEngine } from '../../src/match/engine.js';
import { loadShippedFaq } from '../discord/harness.js';

/**
 * The regression guard: matching on the shipped FAQ may not get worse on either labelled set than
 * the levels last recorded in tests/eval/levels.json. The 95% targets are goals `npm run eval`
 * reports; this test only stops a change that loses ground from landing unnoticed.
 */
const engine = createEngine(await loadShippedFaq());
const recorded = await readLevels();

describe.each(LABELLED_SETS)('accuracy on the $name set', ({ name, file }) => {
	test(`GIVEN ${file} WHEN evaluated THEN no figure is worse than recorded`, async () => {
		const set = await readLabelledSet(file);
		if (!set.ok) throw new Error(`${file} does not read: ${JSON.stringify(set.errors)}`);
		const now = levelsOf(evaluate(engine, set.value), reliability(engine, set.value));
		const before = recorded[name];
		expect(before, `no levels recorded for ${name}; run npm run -s eval -- --record`).toBeDefined();
		const worse = Object.entries(before ?? {}).flatMap(([figure, level]) => {
			const rate = now[figure]?.rate;
			if (rate === undefined) return [`${figure}: no longer measured`];
			const lost = level.higherIsBetter ? rate < level.rate : rate > level.rate;
			return lost ? [`${figure}: ${rate} now, ${level.rate} recorded`] : [];
		});
		expect(worse).toEqual([]);
	});
});
