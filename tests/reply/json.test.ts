import { beforeAll, describe, expect, test } from 'vitest';
import type { Faq } from '../../src/faq/model.js';
import { createEngine, type Engine } from '../../src/match/engine.js';
import { buildReply } from '../../src/reply/build.js';
import { toAskJson } from '../../src/reply/json.js';
import { renderText } from '../../src/reply/text.js';
import { loadMinFaq } from '../fixtures/faq.js';

let faq: Faq;
let engine: Engine;
beforeAll(async () => {
	faq = await loadMinFaq();
	engine = createEngine(faq);
});

const asJson = (question: string) => {
	const match = engine.ask(question);
	const reply = buildReply(match, faq, { browseHint: 'Browse.' });
	return { json: toAskJson(match, reply, faq), reply };
};

describe('toAskJson', () => {
	test('GIVEN an answered question THEN the JSON has exactly the contract keys and the entry with experts and sources', () => {
		const { json, reply } = asJson('why are my muscles sore after a workout');
		expect(Object.keys(json).sort()).toEqual(['entry', 'question', 'score', 'status', 'suggestions', 'text']);
		expect(json.status).toBe('answered');
		expect(json.question).toBe('why are my muscles sore after a workout');
		expect(Object.keys(json.entry ?? {}).sort()).toEqual(['answer', 'disclaimer', 'experts', 'id', 'question', 'sources']);
		expect(json.entry).toEqual({
			id: 'muscle-soreness',
			question: 'Why are my muscles sore after a workout?',
			answer: 'That is delayed onset muscle soreness: muscles repairing small strains from the workout.',
			experts: [
				{ name: 'Schuyler Archambault', credentials: 'Physical therapist and strength coach' },
				{ name: 'Elizabeth Gardner, MD', credentials: 'Associate professor of orthopaedics and sports medicine' },
			],
			sources: [
				{ id: 'article', title: 'Does Exercise Reduce Inflammation?', author: 'Sarah Klein', publisher: 'Peloton' },
				{ id: 'mouse-study', title: 'Study of muscle inflammation in mice', publisher: 'Science Immunology', year: 2023, url: 'https://example.org/mouse-study', caveat: 'Animal study in mice.' },
			],
			disclaimer: 'Mini disclaimer: general information, not medical advice.',
		});
		expect(json.score).toBeGreaterThan(0.5);
		expect(json.score).toBeLessThanOrEqual(1);
		expect(json.text).toBe(renderText(reply));
		expect(JSON.parse(JSON.stringify(json))).toEqual(json);
	});

	test.each([
		{ question: 'how do I file my taxes', status: 'no_match' },
		{ question: 'my chest hurts', status: 'urgent' },
		{ question: '   ', status: 'invalid' },
	])('GIVEN "$question" THEN status is $status, entry is null and the keys are the same', ({ question, status }) => {
		const { json } = asJson(question);
		expect(Object.keys(json).sort()).toEqual(['entry', 'question', 'score', 'status', 'suggestions', 'text']);
		expect(json.status).toBe(status);
		expect(json.entry).toBeNull();
		expect(json.suggestions).toEqual([]);
		expect(json.score).toBeGreaterThanOrEqual(0);
		expect(json.score).toBeLessThanOrEqual(1);
		expect(json.text.length).toBeGreaterThan(0);
	});

	test('GIVEN an urgent question THEN the JSON text is the emergency guidance and names no entry', () => {
		const { json } = asJson('i passed out during my workout');
		expect(json.text).toMatch(/emergency/i);
		for (const entry of faq.entries) expect(json.text).not.toContain(entry.answer);
	});
});
