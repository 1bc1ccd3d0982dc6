import { describe, expect, test } from 'vitest';
import { compare, engineAnswerer, plainFuse, type Answerer } from '../../src/eval/baseline.js';
import { reliability } from '../../src/eval/calibration.js';
import { labelledSetSchema } from '../../src/eval/labelled-set.js';
import { createEngine } from '../../src/match/engine.js';
import { matcherFaq } from '../fixtures/faq.js';

const faq = matcherFaq();
const engine = createEngine(faq);

const SET = labelledSetSchema.parse({
	in_scope: [
		{ q: 'does exercise reduce inflammation', id: 'exercise-lowers-inflammation' },
		{ q: 'what is doms', id: 'muscle-soreness' },
		{ q: 'does sleep help recovery', id: 'sleep-and-recovery' },
		{ q: 'does sleep help recovery', ids: ['muscle-soreness'] },
	],
	off_topic: ['best pizza in town', { q: 'how do I file my taxes', near_miss: false }],
	urgent: ['i have chest pain'],
	non_urgent_health: [{ q: 'my legs ache', id: null }],
});

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

describe('reliability', () => {
	const { buckets, ece, questions } = reliability(engine, SET);

	test('GIVEN in-scope and off-topic questions WHEN bucketed THEN each is counted once, in the bucket of its best entry\'s confidence', () => {
		expect(questions).toBe(SET.in_scope.length + SET.off_topic.length);
		expect(buckets.reduce((sum, b) => sum + b.questions, 0)).toBe(questions);
		for (const b of buckets) {
			expect(b.confidence).toBeGreaterThanOrEqual(b.from);
			expect(b.confidence).toBeLessThanOrEqual(b.from + 0.1);
		}
	});

	test('GIVEN the same question labelled right and wrong WHEN bucketed THEN its bucket is right half the time', () => {
		const sleep = reliability(
			engine,
			labelledSetSchema.parse({
				in_scope: [
					{ q: 'does sleep help recovery', id: 'sleep-and-recovery' },
					{ q: 'does sleep help recovery', id: 'muscle-soreness' },
				],
				off_topic: ['qqqq zzzz'],
				urgent: ['i have chest pain'],
			}),
		);
		const confidence = engine.rank('does sleep help recovery', 1)[0]!.score;
		const bucket = sleep.buckets.find(({ from }) => from === Math.min(9, Math.floor(confidence * 10)) / 10);
		expect(bucket).toMatchObject({ questions: 2, accuracy: 0.5 });
	});

	test('GIVEN any set THEN the calibration error is a share between 0 and 1', () => {
		expect(ece).toBeGreaterThanOrEqual(0);
		expect(ece).toBeLessThanOrEqual(1);
	});
});
