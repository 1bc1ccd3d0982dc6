import { describe, expect, test } from 'vitest';
import { evaluate, FIGURE_NAMES, TARGETS, type Figure } from '../../src/eval/evaluate.js';
import { labelledSetSchema, type LabelledSet, type LabelledSetFile } from '../../src/eval/labelled-set.js';
import { LABELLED_SETS } from '../../src/eval/sets.js';
import { createEngine } from '../../src/match/engine.js';
import { matcherFaq } from '../fixtures/faq.js';

const engine = createEngine(matcherFaq());

/** A set as its file is written; the schema spells the shorthand out. */
const labelled = (file: LabelledSetFile): LabelledSet => labelledSetSchema.parse(file);

/** A tiny set with known outcomes on the matcher fixture: each figure has hits and misses. */
const MIXED = labelled({
	in_scope: [
		{ q: 'does exercise reduce inflammation', id: 'exercise-lowers-inflammation' }, // hit
		{ q: 'what is doms', id: 'muscle-soreness' }, // hit
		{ q: 'does sleep help recovery', id: 'muscle-soreness' }, // miss: answered with sleep-and-recovery
		{ q: 'how do I file my taxes', id: 'sleep-and-recovery' }, // miss: no_match
	],
	off_topic: [
		'best pizza in town', // hit: not answered
		'is rest important for recovery', // miss: it is answered
	],
	urgent: [
		'i have chest pain', // hit
		'what is doms', // miss: not urgent
	],
	non_urgent_health: [
		{ q: 'my legs ache the day after leg day', id: 'muscle-soreness' }, // hit
		{ q: 'i hurt my ankle playing football', id: null }, // hit: no_match
		{ q: 'i passed out of school in 2019', id: null }, // miss: urgent
	],
});

const figure = (figures: readonly Figure[], name: string) => {
	const found = figures.find((f) => f.name.startsWith(name));
	if (!found) throw new Error(`no figure "${name}" in ${figures.map((f) => f.name).join(', ')}`);
	return found;
};

describe('evaluate', () => {
	const report = evaluate(engine, MIXED);

	test('GIVEN a mixed set THEN the figures come in order with their targets', () => {
		expect(report.figures.map((f) => [f.name, f.target])).toEqual([
			[FIGURE_NAMES.inScope, TARGETS.inScope],
			[FIGURE_NAMES.offTopic, TARGETS.offTopic],
			[FIGURE_NAMES.urgent, TARGETS.urgent],
			[FIGURE_NAMES.inScopeUrgent, TARGETS.inScopeUrgent],
			[FIGURE_NAMES.wrongAnswers, TARGETS.wrongAnswers],
			[FIGURE_NAMES.health, undefined],
			[FIGURE_NAMES.falseUrgent, TARGETS.falseUrgent],
		]);
	});

	test('GIVEN no off-topic question is marked a near miss THEN the near-miss figure is left out rather than shown as 0/0', () => {
		expect(report.figures.map(({ name }) => name)).not.toContain(FIGURE_NAMES.nearMiss);
	});

	test('GIVEN an in-scope question answered with the wrong entry and an off-topic one answered THEN both are confident wrong answers', () => {
		const wrong = figure(report.figures, 'confident wrong');
		expect({ hits: wrong.hits, total: wrong.total }).toEqual({ hits: 2, total: 6 });
		expect(wrong.misses.map(({ question }) => question)).toEqual(['does sleep help recovery', 'is rest important for recovery']);
	});

	test('GIVEN in-scope questions THEN hits count only the right entry, and each miss says what happened instead', () => {
		const inScope = figure(report.figures, 'in-scope');
		expect({ hits: inScope.hits, total: inScope.total }).toEqual({ hits: 2, total: 4 });
		expect(inScope.misses).toEqual([
			{ question: 'does sleep help recovery', expected: 'muscle-soreness', got: expect.stringMatching(/^answered sleep-and-recovery \(/) },
			{ question: 'how do I file my taxes', expected: 'sleep-and-recovery', got: expect.stringMatching(/^no_match \[\] \(/) },
		]);
	});

	test('GIVEN off-topic questions THEN an answered one is a miss', () => {
		const offTopic = figure(report.figures, 'off-topic');
		expect({ hits: offTopic.hits, total: offTopic.total }).toEqual({ hits: 1, total: 2 });
		expect(offTopic.misses).toEqual([{ question: 'is rest important for recovery', expected: 'not answered', got: expect.stringMatching(/^answered sleep-and-recovery/) }]);
	});

	test('GIVEN urgent questions THEN one that is not triaged is a miss', () => {
		const urgent = figure(report.figures, 'urgent');
		expect({ hits: urgent.hits, total: urgent.total }).toEqual({ hits: 1, total: 2 });
		expect(urgent.misses).toEqual([{ question: 'what is doms', expected: 'urgent', got: expect.stringMatching(/^answered muscle-soreness/) }]);
	});

	test('GIVEN health-worded questions THEN a labelled one must get its entry and an unlabelled one must not be answered', () => {
		const health = figure(report.figures, 'health-worded');
		expect({ hits: health.hits, total: health.total }).toEqual({ hits: 2, total: 3 });
		expect(health.misses).toEqual([{ question: 'i passed out of school in 2019', expected: 'not answered, not urgent', got: 'urgent (collapse)' }]);
	});

	test('GIVEN every non-urgent question THEN false urgents are counted as hits of a figure that must stay low', () => {
		const falseUrgent = figure(report.figures, 'false urgent');
		expect(falseUrgent.total).toBe(MIXED.in_scope.length + MIXED.off_topic.length + MIXED.non_urgent_health.length);
		expect(falseUrgent.hits).toBe(1);
		expect(falseUrgent.misses).toEqual([{ question: 'i passed out of school in 2019', expected: 'not urgent', got: 'urgent (collapse)' }]);
	});

	test('GIVEN misses against the targets THEN the report has not passed', () => {
		expect(report.passed).toBe(false);
	});

	test('GIVEN a set the engine gets entirely right THEN every figure is perfect and the report passes', () => {
		const perfect = evaluate(engine, labelled({
			in_scope: [
				{ q: 'does exercise reduce inflammation', id: 'exercise-lowers-inflammation' },
				{ q: 'does slep help recovry', id: 'sleep-and-recovery' },
			],
			off_topic: ['best pizza in town'],
			urgent: ['i passed out', 'i want to kill myself'],
			non_urgent_health: [{ q: 'why are my muscles sore after a workout', id: 'muscle-soreness' }],
		}));
		expect(perfect.figures.map((f) => [f.name, f.hits, f.total, f.misses.length])).toEqual([
			[FIGURE_NAMES.inScope, 2, 2, 0],
			[FIGURE_NAMES.offTopic, 1, 1, 0],
			[FIGURE_NAMES.urgent, 2, 2, 0],
			[FIGURE_NAMES.inScopeUrgent, 0, 2, 0],
			[FIGURE_NAMES.wrongAnswers, 0, 3, 0],
			[FIGURE_NAMES.health, 1, 1, 0],
			[FIGURE_NAMES.falseUrgent, 0, 4, 0],
		]);
		expect(perfect.passed).toBe(true);
	});

	test('GIVEN one false urgent among few questions THEN the report fails on the false-urgent rate alone', () => {
		const result = evaluate(engine, labelled({
			in_scope: [{ q: 'what is doms', id: 'muscle-soreness' }],
			off_topic: ['best pizza in town'],
			urgent: ['i passed out'],
			non_urgent_health: [{ q: 'i passed out of school in 2019', id: null }],
		}));
		expect(figure(result.figures, 'in-scope').hits).toBe(1);
		expect(figure(result.figures, 'false urgent').hits).toBe(1);
		expect(result.passed).toBe(false);
	});
});

describe('readLabelledSet', () => {
	test('GIVEN the project labelled sets THEN both read without problems', async () => {
		const { readLabelledSet } = await import('../../src/eval/labelled-set.js');
		for (const { file } of LABELLED_SETS) {
			const result = await readLabelledSet(file);
			expect(result.ok ? [] : result.errors).toEqual([]);
		}
	});

	test('GIVEN a labelled set with an entry missing its id THEN the problem names the file, line and field', async () => {
		const { mkdtemp, writeFile, rm } = await import('node:fs/promises');
		const { tmpdir } = await import('node:os');
		const { readLabelledSet } = await import('../../src/eval/labelled-set.js');
		const dir = await mkdtemp(`${tmpdir()}/cooldown-eval-`);
		const file = `${dir}/set.yaml`;
		await writeFile(file, 'in_scope:\n  - { q: "what is doms" }\noff_topic: [pizza]\nurgent: [chest pain]\nnon_urgent_health:\n  - { q: sore, id: null }\n');
		try {
			const result = await readLabelledSet(file);
			expect(result.ok).toBe(false);
			if (!result.ok) expect(result.errors).toEqual([expect.objectContaining({ file, line: 2, field: 'in_scope.0' })]);
		} finally {
			await rm(dir, { recursive: true, force: true });
		}
	});
});
