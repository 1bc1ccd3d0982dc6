import { describe, expect, test, vi } from 'vitest';
import { createEngine, createThresholdSweep, DEFAULT_MAX_QUESTION_LENGTH } from '../../src/match/engine.js';
import * as score from '../../src/match/score.js';
import type { Match } from '../../src/match/types.js';
import { loadShippedFaq } from '../discord/harness.js';
import { matcherFaq } from '../fixtures/faq.js';

// Pass-through spies: the engine behaves exactly as in production, and the tests can see whether it scored or triaged.
vi.mock('../../src/match/score.js', async (importOriginal) => {
	const original = await importOriginal<typeof import('../../src/match/score.js')>();
	return { ...original, scoreEntries: vi.fn(original.scoreEntries), buildQuery: vi.fn(original.buildQuery) };
});
const triaged = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/match/triage.js', async (importOriginal) => {
	const original = await importOriginal<typeof import('../../src/match/triage.js')>();
	return {
		...original,
		createTriage: (...args: Parameters<typeof original.createTriage>) => {
			const real = original.createTriage(...args);
			return (text: string) => {
				triaged.count += 1;
				return real(text);
			};
		},
	};
});

const faq = matcherFaq();
const engine = createEngine(faq);
const entryIds = faq.entries.map((entry) => entry.id);

const answeredWith = (match: Match) => (match.status === 'answered' ? match.entry.id : `not answered: ${match.status}`);

describe('engine.ask on a small fixture FAQ', () => {
	test.each([
		['Does exercise reduce inflammation?', 'exercise-lowers-inflammation'],
		['Why are my muscles sore after a workout?', 'muscle-soreness'],
		['Does sleep help recovery?', 'sleep-and-recovery'],
		['what is doms', 'muscle-soreness'],
		['is rest important for recovery', 'sleep-and-recovery'],
	])('GIVEN the exact phrasing "%s" WHEN asked THEN it is answered with %s', (question, id) => {
		expect(answeredWith(engine.ask(question))).toBe(id);
	});

	test.each([
		['does excercise reduce inflamation', 'exercise-lowers-inflammation'],
		['does exrecise lower inflamation?', 'exercise-lowers-inflammation'],
		['why are my muscels so sore', 'muscle-soreness'],
		['does slep help recovry', 'sleep-and-recovery'],
	])('GIVEN the misspelled "%s" WHEN asked THEN it is still answered with %s', (question, id) => {
		expect(answeredWith(engine.ask(question))).toBe(id);
	});

	test.each([
		['chat shorthand', 'y r my muscles sore after the gym', 'muscle-soreness'],
		['a synonym of the entry wording', 'does working out lower inflammation', 'exercise-lowers-inflammation'],
		['extra punctuation and capitals', '   DOES SLEEP HELP RECOVERY???  ', 'sleep-and-recovery'],
	])('GIVEN %s ("%s") WHEN asked THEN it is answered with %s', (_, question, id) => {
		expect(answeredWith(engine.ask(question))).toBe(id);
	});

	test.each(['how do I file my taxes', 'best pizza in town', 'what is the meaning of life', 'who won the football last night'])(
		'GIVEN the off-topic "%s" WHEN asked THEN it is no_match with no suggestions',
		(question) => {
			const match = engine.ask(question);
			expect(match).toMatchObject({ status: 'no_match', suggestions: [] });
		},
	);

	test.each(['do cold baths help swelling', 'is a cold bath good for swelling?', 'cold bath swelling'])(
		'GIVEN "%s", which two entries fit equally WHEN asked THEN it is ambiguous with 2–3 suggestions naming both',
		(question) => {
			const match = engine.ask(question);
			expect(match.status).toBe('ambiguous');
			if (match.status !== 'ambiguous') return;
			expect(match.suggestions.length).toBeGreaterThanOrEqual(2);
			expect(match.suggestions.length).toBeLessThanOrEqual(3);
			expect(match.suggestions.map((s) => s.id)).toEqual(expect.arrayContaining(['cold-bath', 'ice-bath']));
			for (const suggestion of match.suggestions) expect(suggestion.question).toBe(faq.byId.get(suggestion.id)?.question);
		},
	);

	test.each(['', '   ', '\n\t '])('GIVEN the empty question %j WHEN asked THEN it is invalid (empty)', (question) => {
		expect(engine.ask(question)).toEqual({ status: 'invalid', question: '', reason: 'empty', limit: DEFAULT_MAX_QUESTION_LENGTH });
	});

	test('GIVEN a question one character over the limit WHEN asked THEN it is invalid (too-long), and one at the limit is not', () => {
		const atLimit = `does exercise reduce inflammation ${'x'.repeat(DEFAULT_MAX_QUESTION_LENGTH - 34)}`;
		expect(atLimit).toHaveLength(DEFAULT_MAX_QUESTION_LENGTH);
		expect(engine.ask(atLimit).status).not.toBe('invalid');
		const match = engine.ask(`${atLimit}y`);
		expect(match).toMatchObject({ status: 'invalid', reason: 'too-long', limit: DEFAULT_MAX_QUESTION_LENGTH });
	});

	test('GIVEN an engine made with a smaller limit WHEN a longer question is asked THEN that limit applies', () => {
		const strict = createEngine(faq, { maxQuestionLength: 30 });
		expect(strict.ask('Does exercise reduce inflammation?')).toMatchObject({ status: 'invalid', reason: 'too-long', limit: 30 });
		expect(strict.ask('what is doms').status).toBe('answered');
	});

	test('GIVEN a 4,000-character question WHEN asked THEN it is triaged, then invalid without being scored, and is not echoed back whole', () => {
		const huge = 'does exercise reduce inflammation '.repeat(118).slice(0, 4000);
		expect(huge).toHaveLength(4000);
		vi.mocked(score.scoreEntries).mockClear();
		vi.mocked(score.buildQuery).mockClear();
		triaged.count = 0;

		const match = engine.ask(huge);

		expect(match).toMatchObject({ status: 'invalid', reason: 'too-long' });
		expect(match.question.length).toBeLessThanOrEqual(DEFAULT_MAX_QUESTION_LENGTH);
		expect(score.scoreEntries).not.toHaveBeenCalled();
		expect(score.buildQuery).not.toHaveBeenCalled();
		expect(triaged.count).toBe(1);

		// The spies do see an ordinary question, so the assertions above can fail.
		engine.ask('does exercise reduce inflammation');
		expect(score.scoreEntries).toHaveBeenCalledTimes(1);
		expect(triaged.count).toBe(2);
	});

	test('GIVEN a message WHEN only triaged THEN it gets the red flag ask would give it, and no matching is done', () => {
		vi.mocked(score.buildQuery).mockClear();
		expect(engine.triage('i passed out after my workout')).toBe('collapse');
		expect(engine.triage('does exercise reduce inflammation')).toBeUndefined();
		expect(score.buildQuery).not.toHaveBeenCalled();
	});

	test('GIVEN an emergency told at more than the length limit WHEN asked THEN it is urgent, not too long', () => {
		const story = `so we were at the gym and chatting about recovery and sleep, ${'and about food and stress and everything, '.repeat(15)}`;
		const match = engine.ask(`${story}and then i passed out after my workout, is that normal`);
		expect(story.length).toBeGreaterThan(DEFAULT_MAX_QUESTION_LENGTH);
		expect(match).toMatchObject({ status: 'urgent', urgent: 'collapse' });
		expect(match.question.length).toBeLessThanOrEqual(DEFAULT_MAX_QUESTION_LENGTH);
	});

	test.each([
		['i have chest pain during my workout', 'cardiac'],
		['i passed out after my workout, does exercise reduce inflammation?', 'collapse'],
		['i want to kill myself', 'self-harm'],
	])('GIVEN the urgent "%s" WHEN asked THEN it is urgent (%s) and carries no entry', (question, kind) => {
		vi.mocked(score.scoreEntries).mockClear();
		const match = engine.ask(question);
		expect(match).toEqual({ status: 'urgent', question: question.trim(), urgent: kind });
		expect(match).not.toHaveProperty('entry');
		expect(score.scoreEntries).not.toHaveBeenCalled();
	});

	test('GIVEN an answered question THEN the other entries above the suggestion threshold are offered, never the answer itself', () => {
		const match = engine.ask('why are my muscles sore after working out');
		expect(match.status).toBe('answered');
		if (match.status !== 'answered') return;
		expect(match.suggestions.map((s) => s.id)).not.toContain(match.entry.id);
		expect(match.suggestions.length).toBeLessThanOrEqual(3);
	});
});

describe('createThresholdSweep', () => {
	const questions = ['Does exercise reduce inflammation?', 'what is doms', 'is rest important', 'sore', 'i have chest pain during my workout'];
	const thresholdSets = [{}, { answerConfidence: 0.99 }, { answerConfidence: 0.3, margin: 0.5 }, { suggestConfidence: 0.9 }];

	test.each(thresholdSets)('GIVEN thresholds %o THEN every verdict is the one an engine made with them gives', (thresholds) => {
		const sweep = createThresholdSweep(faq);
		const fresh = createEngine(faq, { matcher: thresholds });
		expect(questions.map((q) => sweep(thresholds).ask(q))).toEqual(questions.map((q) => fresh.ask(q)));
		expect(sweep(thresholds).options).toEqual(fresh.options);
	});

	test('GIVEN several thresholds swept over the same questions THEN each question is ranked once', () => {
		const sweep = createThresholdSweep(faq);
		vi.mocked(score.scoreEntries).mockClear();
		const statuses = [...thresholdSets, { answerConfidence: 1 }].map((thresholds) => sweep(thresholds).ask('Does exercise reduce inflammation?').status);
		expect(score.scoreEntries).toHaveBeenCalledTimes(1);
		// The thresholds did change the decision, so the ranking really was reused, not the verdict.
		expect(new Set(statuses).size).toBeGreaterThan(1);
	});
});

describe('engine scores', () => {
	const questions = [
		'Does exercise reduce inflammation?',
		'does excercise reduce inflamation',
		'why are my muscles sore',
		'sleep',
		'cold bath swelling',
		'how do I file my taxes',
		'inflammation inflammation inflammation',
		'exercise',
		'recovery soreness inflammation sleep cold bath doms',
		'zzzz qqqq',
	];

	test.each(questions)('GIVEN "%s" WHEN asked THEN its score and every suggestion score are in [0, 1]', (question) => {
		const match = engine.ask(question);
		if (match.status === 'urgent' || match.status === 'invalid') throw new Error(`unexpected ${match.status}`);
		expect(match.score).toBeGreaterThanOrEqual(0);
		expect(match.score).toBeLessThanOrEqual(1);
		for (const { score: s } of match.suggestions) {
			expect(s).toBeGreaterThanOrEqual(0);
			expect(s).toBeLessThanOrEqual(1);
		}
	});

	test.each(questions)('GIVEN the partial "%s" WHEN suggested THEN every score is in [0, 1], best first', (partial) => {
		const suggestions = engine.suggest(partial, 25);
		for (const { score: s } of suggestions) {
			expect(s).toBeGreaterThanOrEqual(0);
			expect(s).toBeLessThanOrEqual(1);
		}
		expect(suggestions.map((s) => s.score)).toEqual([...suggestions.map((s) => s.score)].sort((a, b) => b - a));
	});

	test('GIVEN the exact question of an entry THEN it scores higher than a loose question about the same entry', () => {
		const exact = engine.ask('Does sleep help recovery?');
		const loose = engine.ask('is sleep good');
		expect(exact.status === 'answered' && loose.status !== 'urgent' && loose.status !== 'invalid' && exact.score > loose.score).toBe(true);
	});
});

describe('engine.suggest', () => {
	test.each([1, 2, 3, 5, 25])('GIVEN nothing typed and a limit of %i WHEN suggested THEN the first entries come back in FAQ order', (limit) => {
		const suggestions = engine.suggest('', limit);
		expect(suggestions.map((s) => s.id)).toEqual(entryIds.slice(0, limit));
		expect(suggestions[0]).toEqual({ id: 'exercise-lowers-inflammation', question: 'Does exercise reduce inflammation?', score: 0 });
	});

	test('GIVEN only spaces typed WHEN suggested THEN it is treated as nothing typed', () => {
		expect(engine.suggest('   ', 2).map((s) => s.id)).toEqual(entryIds.slice(0, 2));
	});

	test.each([
		['sleep', 'sleep-and-recovery'],
		['sore musc', 'muscle-soreness'],
		['inflamation', 'exercise-lowers-inflammation'],
	])('GIVEN "%s" typed WHEN suggested THEN %s comes first', (partial, id) => {
		expect(engine.suggest(partial, 5)[0]?.id).toBe(id);
	});

	test.each([1, 2])('GIVEN a partial that fits several entries and a limit of %i WHEN suggested THEN the limit is respected', (limit) => {
		expect(engine.suggest('cold bath swelling sleep', 5).length).toBeGreaterThan(limit);
		expect(engine.suggest('cold bath swelling sleep', limit)).toHaveLength(limit);
	});

	test('GIVEN a partial of nothing the FAQ knows WHEN suggested THEN nothing comes back', () => {
		expect(engine.suggest('taxes pizza', 5)).toEqual([]);
	});

	test('GIVEN a 4,000-character partial WHEN suggested THEN it answers quickly with at most the limit', () => {
		const started = performance.now();
		const suggestions = engine.suggest('sleep recovery '.repeat(300), 3);
		expect(performance.now() - started).toBeLessThan(500);
		expect(suggestions.length).toBeLessThanOrEqual(3);
	});
});

describe('engine.suggest while a member is typing', () => {
	const typing = createEngine(matcherFaq());

	test.each([
		{ partial: 'does exerc', id: 'exercise-lowers-inflammation' },
		{ partial: 'why are my musc', id: 'muscle-soreness' },
		{ partial: 'does sle', id: 'sleep-and-recovery' },
	])('GIVEN the half-typed "$partial" WHEN suggesting THEN $id comes first', ({ partial, id }) => {
		expect(typing.suggest(partial, 5)[0]?.id).toBe(id);
	});
});

const shipped = createEngine(await loadShippedFaq());

describe('engine.ask on the shipped FAQ: what the member asks, not every word they wrote', () => {

	test.each([
		{ question: 'does ibuprofen reduce inflammation', uncovered: ['ibuprofen'] },
		{ question: 'ice bath right after lifting, does it slow down recovery?', uncovered: ['ice bath'] },
		{ question: 'is fish oil anti inflammatory', uncovered: ['fish oil'] },
		{ question: 'whey isolate or concentrate, which is better after a workout', uncovered: ['whey'] },
		// The diet entry says "meal" in some alternates and "all the time" in another: that is not
		// naming "meal timing", which needs both in one question or alternate.
		{ question: 'does meal timing matter for inflammation', uncovered: ['meal timing'] },
		{ question: 'can back pain be from inflammation', uncovered: ['back pain'] },
		// Inflamed skin is "warm to the touch" in two entries; warming up is another subject.
		{ question: 'should i warm up before lifting to prevent inflammation', uncovered: ['warm up'] },
	])('GIVEN "$question", about something the FAQ does not cover, THEN it is not answered and says what it does not cover', ({ question, uncovered }) => {
		const match = shipped.ask(question);
		expect(match).toMatchObject({ status: 'no_match', uncovered });
	});

	test('GIVEN an uncovered word only in the background of a question about something else THEN the question is not refused for it', () => {
		const match = shipped.ask('i take fish oil every morning. does exercise reduce inflammation?');
		expect(match.status).not.toBe('no_match');
		expect(match).not.toHaveProperty('uncovered');
	});

	test.each([
		{ question: 'my gym buddy says i need a creatine loading phase. can i just take 5g a day from the start?', uncovered: ['creatine'] },
		{ question: 'my pharmacist suggested fish oil pills for my stiff knees. what dose do people usually take, and which brand is legit?', uncovered: ['fish oil'] },
		// The question points back ("it") past the clause just before it: a painkiller two sentences
		// back must still count, or the swollen-knee entry would answer a question about ibuprofen.
		{ question: 'i take ibuprofen before my runs. my knees are swollen after. does it help inflammation?', uncovered: ['ibuprofen'] },
		{ question: 'ice baths after a hard leg day, does that reduce inflammation?', uncovered: ['ice bath'] },
	])('GIVEN "$question", whose question names nothing of the FAQ\'s subject or points back, THEN the uncovered subject of its background counts', ({ question, uncovered }) => {
		expect(shipped.ask(question)).toMatchObject({ status: 'no_match', uncovered });
	});

	test.each([
		{ question: 'what foods fight inflammation, and how much exercise do i need each week?', ids: ['anti-inflammatory-diet', 'how-much-exercise-weekly'] },
		{ question: 'does hiit make inflammation worse, and what foods fight it?', ids: ['anti-inflammatory-diet', 'hiit-inflammation'] },
	])('GIVEN two questions in one message ("$question") THEN the stronger is answered and the other offered beside it', ({ question, ids }) => {
		const match = shipped.ask(question);
		expect(match.status).toBe('answered');
		if (match.status !== 'answered') return;
		expect([match.entry.id, match.also?.id].sort()).toEqual(ids);
	});

	test('GIVEN a question two overlapping entries both answer, close in likelihood, THEN the likelier is answered and the other offered beside it', () => {
		const question = 'whats the least amount of exercise per week that helps inflammation';
		const apart = createEngine({ ...shipped.faq, entries: shipped.faq.entries.map((entry) => ({ ...entry, overlaps: [] })) });
		// Without the overlap the two compete, and the member would have to choose between two right answers.
		expect(apart.ask(question)).toMatchObject({ status: 'ambiguous', suggestions: [{ id: 'how-much-exercise-weekly' }, { id: 'minimum-exercise-20-minutes' }] });
		expect(shipped.ask(question)).toMatchObject({ status: 'answered', entry: { id: 'how-much-exercise-weekly' }, suggestions: [{ id: 'minimum-exercise-20-minutes' }] });
	});
});

describe('engine.ask: a question worded as one of the entry\'s own', () => {
	// The model is made to doubt everything, so only the word-for-word floor can answer.
	const doubting = createEngine(faq, { matcher: { answerConfidence: 0.95, wordForWordConfidence: 0.99, calibration: { bias: -5 } } });

	test.each([
		{ given: 'its question', question: 'Does sleep help recovery?' },
		{ given: 'an alternate, typed loosely', question: 'is REST important for recovery??' },
	])('GIVEN $given THEN it is answered from that entry at the word-for-word confidence', ({ question }) => {
		expect(doubting.ask(question)).toMatchObject({ status: 'answered', entry: { id: 'sleep-and-recovery' }, score: 0.99 });
	});

	test('GIVEN the same words and one more THEN the floor does not apply and the doubting model decides', () => {
		expect(doubting.ask('is rest important for recovery after leg day').status).not.toBe('answered');
	});

	test('GIVEN the shipped FAQ THEN every entry\'s own question is answered from that entry', () => {
		const misses = shipped.faq.entries.filter((entry) => {
			const match = shipped.ask(entry.question);
			return match.status !== 'answered' || match.entry.id !== entry.id;
		});
		expect(misses.map(({ question }) => question)).toEqual([]);
	});
});
