import { beforeAll, describe, expect, test } from 'vitest';
import type { Faq } from '../../src/faq/model.js';
import type { Match, UrgentKind } from '../../src/match/types.js';
import { answerReply, buildReply } from '../../src/reply/build.js';
import { rawEmbed, toEmbed } from '../../src/reply/embed.js';
import type { Reply } from '../../src/reply/model.js';
import { renderText } from '../../src/reply/text.js';
import { loadShippedFaq } from '../discord/harness.js';
import { loadMinFaq } from '../fixtures/faq.js';

const BROWSE = 'Type /faq browse to see every question.';

let faq: Faq;
beforeAll(async () => {
	faq = await loadMinFaq();
});

/** What members get is the shipped pack's triage.yaml: every one of its kinds is checked. */
const shipped = await loadShippedFaq();
const KINDS: readonly UrgentKind[] = shipped.triage.rules.map(({ kind }) => kind);

const entryOf = (id: string) => {
	const found = faq.byId.get(id);
	if (!found) throw new Error(`no entry ${id}`);
	return found;
};
const answered = (id: string): Match => ({ status: 'answered', question: 'q', entry: entryOf(id), score: 0.9, suggestions: [] });
/** Everything a reply could show, as one string: the model, its text and its embed. */
const everything = (reply: Reply) => [JSON.stringify(reply), renderText(reply), JSON.stringify(toEmbed(reply))].join('\n');

describe('buildReply for an answered question', () => {
	test.each(['exercise-lowers-inflammation', 'muscle-soreness', 'sleep-and-recovery'])(
		'GIVEN %s is answered THEN the reply carries its answer, every expert with credentials, every source and the disclaimer',
		(id) => {
			const entry = entryOf(id);
			const reply = buildReply(answered(id), faq, { browseHint: BROWSE });
			expect(reply).toEqual(answerReply(entry, faq));
			if (reply.kind !== 'answer') throw new Error('not an answer');
			expect(reply.entryId).toBe(id);
			expect(reply.title).toBe(entry.question);
			expect(reply.answer).toBe(entry.answer);
			expect(reply.experts).toEqual(entry.experts.map((e) => ({ name: faq.experts.get(e)?.name, credentials: faq.experts.get(e)?.credentials })));
			expect(reply.experts.length).toBeGreaterThan(0);
			for (const expert of reply.experts) expect(expert.credentials).not.toBe('');
			expect(reply.sources.map((s) => s.title)).toEqual(entry.sources.map((s) => faq.sources.get(s)?.title));
			expect(reply.disclaimer).toBe('Mini disclaimer: general information, not medical advice.');
		},
	);

	test('GIVEN an entry citing two experts and two sources THEN they come in the order the entry lists them, with source details', () => {
		const reply = answerReply(entryOf('muscle-soreness'), faq);
		expect(reply).toEqual({
			kind: 'answer',
			entryId: 'muscle-soreness',
			title: 'Why are my muscles sore after a workout?',
			answer: 'That is delayed onset muscle soreness: muscles repairing small strains from the workout.',
			experts: [
				{ name: 'Schuyler Archambault', credentials: 'Physical therapist and strength coach' },
				{ name: 'Elizabeth Gardner, MD', credentials: 'Associate professor of orthopaedics and sports medicine' },
			],
			sources: [
				{ title: 'Does Exercise Reduce Inflammation?', detail: 'Sarah Klein, Peloton' },
				{ title: 'Study of muscle inflammation in mice', detail: 'Science Immunology, 2023', caveat: 'Animal study in mice.', url: 'https://example.org/mouse-study' },
			],
			related: [],
			disclaimer: 'Mini disclaimer: general information, not medical advice.',
		});
	});

	test('GIVEN an entry with a related entry THEN the reply links it by id and question', () => {
		const reply = answerReply(entryOf('exercise-lowers-inflammation'), faq);
		expect(reply.kind === 'answer' && reply.related).toEqual([{ id: 'muscle-soreness', question: 'Why are my muscles sore after a workout?' }]);
	});

	test.each(['exercise-lowers-inflammation', 'muscle-soreness', 'sleep-and-recovery'])(
		'GIVEN %s is answered WHEN rendered as text and as an embed THEN attribution and disclaimer survive',
		(id) => {
			const reply = answerReply(entryOf(id), faq);
			const text = renderText(reply);
			const embed = toEmbed(reply);
			expect(embed.footer?.text).toBe(faq.disclaimer);
			for (const expertId of entryOf(id).experts) {
				const expert = faq.experts.get(expertId)!;
				expect(text).toContain(`${expert.name}, ${expert.credentials}`);
				expect(embed.fields.map((f) => f.value).join('\n')).toContain(`${expert.name}, ${expert.credentials}`);
			}
			expect(text.endsWith(faq.disclaimer)).toBe(true);
		},
	);
});

describe('buildReply for the other verdicts', () => {
	test('GIVEN an ambiguous match THEN the reply offers exactly its suggestions, and no answer or disclaimer', () => {
		const reply = buildReply(
			{
				status: 'ambiguous',
				question: 'sore sleep',
				score: 0.6,
				suggestions: [
					{ id: 'muscle-soreness', question: 'Why are my muscles sore after a workout?', score: 0.6 },
					{ id: 'sleep-and-recovery', question: 'Does sleep help recovery?', score: 0.58 },
				],
			},
			faq,
			{ browseHint: BROWSE },
		);
		expect(reply).toMatchObject({
			kind: 'ambiguous',
			suggestions: [
				{ id: 'muscle-soreness', question: 'Why are my muscles sore after a workout?' },
				{ id: 'sleep-and-recovery', question: 'Does sleep help recovery?' },
			],
		});
		expect(everything(reply)).not.toContain(entryOf('muscle-soreness').answer);
	});

	test.each([
		{ offered: 1, message: "I'm not sure enough to answer outright. Is this the question you meant?" },
		{ offered: 2, message: 'I found more than one question that could fit. Pick the one you meant:' },
	])('GIVEN an ambiguous match offering $offered question(s) THEN the message says so', ({ offered, message }) => {
		const suggestions = [
			{ id: 'muscle-soreness', question: 'Why are my muscles sore after a workout?', score: 0.6 },
			{ id: 'sleep-and-recovery', question: 'Does sleep help recovery?', score: 0.58 },
		].slice(0, offered);
		const reply = buildReply({ status: 'ambiguous', question: 'sore sleep', score: 0.6, suggestions }, faq, { browseHint: BROWSE });
		expect(reply).toMatchObject({ kind: 'ambiguous', message });
	});

	test('GIVEN no match THEN the reply names the pack and tells how to browse, and answers nothing', () => {
		const reply = buildReply({ status: 'no_match', question: 'taxes', score: 0.1, suggestions: [] }, faq, { browseHint: BROWSE });
		expect(reply.kind).toBe('no_match');
		if (reply.kind !== 'no_match') return;
		expect(reply.message).toContain('Mini FAQ');
		expect(reply.message).toContain(BROWSE);
		for (const entry of faq.entries) expect(everything(reply)).not.toContain(entry.answer);
	});

	test.each([
		{ given: 'a phrase the pack gives no name', phrases: ['ibuprofen'], says: "doesn't cover ibuprofen," },
		{ given: 'a phrase of a named subject', phrases: ['what heart rate'], says: "doesn't cover heart rate zones," },
		{ given: 'two phrases of one named subject', phrases: ['heart rate zone', 'what heart rate'], says: "doesn't cover heart rate zones," },
		{ given: 'a named subject and a phrase', phrases: ['what heart rate', 'ibuprofen'], says: "doesn't cover heart rate zones and ibuprofen," },
	])('GIVEN $given WHEN the FAQ does not cover it THEN the reply says what it does not cover as the pack names it', ({ phrases, says }) => {
		const named = { ...faq, pack: { ...faq.pack, uncoveredNames: { 'heart rate zone': 'heart rate zones', 'what heart rate': 'heart rate zones' } } };
		const reply = buildReply({ status: 'no_match', question: 'q', score: 0.01, suggestions: [], uncovered: phrases }, named, { browseHint: BROWSE });
		expect(reply.kind === 'no_match' && reply.message).toContain(says);
	});

	test('GIVEN an empty question THEN the reply asks for one, with an example and the browse hint', () => {
		const reply = buildReply({ status: 'invalid', question: '', reason: 'empty', limit: 500 }, faq, { browseHint: BROWSE });
		expect(reply.kind).toBe('invalid');
		expect(reply.kind === 'invalid' && reply.message).toContain(BROWSE);
	});

	test.each([500, 120])('GIVEN a question over a limit of %i THEN the reply states that limit', (limit) => {
		const reply = buildReply({ status: 'invalid', question: 'x', reason: 'too-long', limit }, faq, { browseHint: BROWSE });
		expect(reply.kind).toBe('invalid');
		expect(reply.kind === 'invalid' && reply.message).toContain(`${limit} characters`);
	});
});

describe('buildReply for an urgent message', () => {
	const urgentReply = (kind: UrgentKind) => buildReply({ status: 'urgent', question: 'my chest hurts and i want help', urgent: kind }, shipped, { browseHint: BROWSE });

	test('GIVEN the shipped pack THEN its triage covers the emergencies members describe', () => {
		expect(KINDS).toEqual(expect.arrayContaining(['self-harm', 'collapse', 'cardiac', 'breathing', 'stroke', 'clot', 'rhabdo', 'heat', 'allergy']));
	});

	test.each(KINDS)('GIVEN an urgent (%s) message THEN the reply carries no FAQ content: no answer, no experts, no sources, no disclaimer', (kind) => {
		const reply = urgentReply(kind);
		expect(reply.kind).toBe('urgent');
		expect(Object.keys(reply).sort()).toEqual(['kind', 'message', 'steps', 'title']);
		const shown = everything(reply);
		for (const entry of shipped.entries) {
			expect(shown).not.toContain(entry.answer);
			expect(shown).not.toContain(entry.question);
		}
		for (const expert of shipped.experts.values()) {
			expect(shown).not.toContain(expert.name);
			expect(shown).not.toContain(expert.credentials);
		}
		for (const source of shipped.sources.values()) expect(shown).not.toContain(source.title);
		expect(shown).not.toContain(shipped.disclaimer);
		expect(toEmbed(reply).footer).toBeUndefined();
		expect(shown).not.toContain(BROWSE);
	});

	test.each(KINDS.filter((kind) => kind !== 'self-harm'))(
		'GIVEN an urgent (%s) message THEN it says to call the emergency number now, with examples of the number',
		(kind) => {
			const text = renderText(urgentReply(kind));
			expect(text).toMatch(/(contact emergency services|call your local emergency number) now/i);
			expect(text).toMatch(/911/);
			expect(text).toMatch(/999/);
			expect(text).toMatch(/112/);
		},
	);

	test('GIVEN a kind the pack has no rule for THEN the pack\'s default reply is given, with a doctor now', () => {
		const text = renderText(urgentReply('something-else'));
		expect(text).toMatch(/contact emergency services now/i);
		expect(text).toMatch(/doctor now/i);
	});

	test('GIVEN a self-harm message THEN it gives a crisis line and the emergency number, and no exercise advice', () => {
		const text = renderText(urgentReply('self-harm'));
		expect(text).toMatch(/crisis line/i);
		expect(text).toContain('988');
		expect(text).toContain('https://findahelpline.com');
		expect(text).toMatch(/emergency number/i);
		expect(text).not.toMatch(/stop exercising/i);
	});

	test.each(KINDS)('GIVEN an urgent (%s) message THEN its embed uses the urgent colour and lists every step', (kind) => {
		const reply = urgentReply(kind);
		if (reply.kind !== 'urgent') throw new Error('not urgent');
		const embed = rawEmbed(reply);
		expect(embed.color).toBe(0xd64545);
		for (const step of reply.steps) expect(embed.description).toContain(`• ${step}`);
	});
});
