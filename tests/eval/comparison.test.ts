import { describe, expect, test } from 'vitest';
import { compare, engineAnswerer, plainFuse, type Answerer } from '../../src/eval/baseline.js';
import { calibration } from '../../src/eval/calibration.js';
import type { LabelledSet } from '../../src/eval/labelled-set.js';
import { createEngine } from '../../src/match/engine.js';
import { matcherFaq } from '../fixtures/faq.js';

const faq = matcherFaq();
const engine = createEngine(faq);

const SET: LabelledSet = {
	in_scope: [
		{ q: 'does exercise reduce inflammation', id: 'exercise-lowers-inflammation' },
		{ q: 'what is doms', id: 'muscle-soreness' },
		{ q: 'does sleep help recovery', id: 'sleep-and-recovery' },
		{ q: 'does sleep help recovery', id: 'muscle-soreness' },
	],
	off_topic: ['best pizza in town', 'how do I file my taxes'],
	urgent: ['i have chest pain'],
	non_urgent_health: [{ q: 'my legs ache', id: null }],
};

describe('compare', () => {
	test.each([
		{ name: 'an answerer that is always silent', answer: (() => undefined) satisfies Answerer, inScope: 0, offTopic: 1 },
		{ name: 'an answerer that always says muscle-soreness', answer: (() => 'muscle-soreness') satisfies Answerer, inScope: 0.5, offTopic: 0 },
	])('GIVEN $name WHEN compared THEN in-scope is $inScope and off-topic is $offTopic', ({ answer, inScope, offTopic }) => {
		expect(compare('x', answer, SET)).toEqual({ name: 'x', inScope, offTopic });
	});

	test('GIVEN the engine and plain fuse.js on the fixture WHEN compared THEN only the engine stays silent on off-topic questions', () => {
		expect(compare('engine', engineAnswerer(engine), SET)).toEqual({ name: 'engine', inScope: 0.75, offTopic: 1 });
		expect(plainFuse(faq)('does exercise reduce inflammation')).toBe('exercise-lowers-inflammation');
	});
});

describe('calibration', () => {
	test('GIVEN answered questions WHEN bucketed THEN every answered question is counted once, in its score bucket', () => {
		const buckets = calibration(engine, SET);
		expect(buckets.reduce((sum, { answered }) => sum + answered, 0)).toBe(4);
		expect(buckets.reduce((sum, { right }) => sum + right, 0)).toBe(3);
		for (const { from } of buckets) expect(from).toBeGreaterThanOrEqual(0.3);
		expect(buckets.map(({ from }) => from)).toEqual([...buckets.map(({ from }) => from)].sort());
	});
});
