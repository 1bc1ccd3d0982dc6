import { describe, expect, test } from 'vitest';
import type { Reply } from '../../src/reply/model.js';
import { expertLine, renderText, sourceText } from '../../src/reply/text.js';

const ANSWER: Reply = {
	kind: 'answer',
	entryId: 'muscle-soreness',
	title: 'Why are my muscles sore?',
	answer: 'Because they are repairing.\n\nIt passes.',
	experts: [
		{ name: 'Schuyler Archambault', credentials: 'Physical therapist' },
		{ name: 'Elizabeth Gardner, MD', credentials: 'Associate professor' },
	],
	sources: [
		{ title: 'The article', detail: 'Sarah Klein, Peloton' },
		{ title: 'A mouse study', detail: 'Science Immunology, 2023', caveat: 'Animal study.', url: 'https://example.org/m' },
	],
	related: [{ id: 'sleep', question: 'Does sleep help recovery?' }],
	disclaimer: 'Not medical advice.',
};

describe('renderText', () => {
	test('GIVEN an answer THEN the text has the title, answer, experts with credentials, sources, related questions and ends with the disclaimer', () => {
		const text = renderText(ANSWER);
		const lines = text.split('\n');
		expect(lines[0]).toBe('Why are my muscles sore?');
		expect(text).toContain('Because they are repairing.\n\nIt passes.');
		expect(lines).toContain('  - Schuyler Archambault, Physical therapist');
		expect(lines).toContain('  - Elizabeth Gardner, MD, Associate professor');
		expect(lines).toContain('Sources:');
		expect(lines).toContain('  - The article (Sarah Klein, Peloton)');
		expect(lines).toContain('  - A mouse study (Science Immunology, 2023) — Note: Animal study. — https://example.org/m');
		expect(lines).toContain('Related:');
		expect(lines).toContain('  - Does sleep help recovery?');
		expect(lines.at(-1)).toBe('Not medical advice.');
		// Order: answer, then attribution, then sources, related, disclaimer.
		const at = (needle: string) => text.indexOf(needle);
		expect(at('It passes.')).toBeLessThan(at('Schuyler'));
		expect(at('Schuyler')).toBeLessThan(at('Sources:'));
		expect(at('Sources:')).toBeLessThan(at('Related:'));
		expect(at('Related:')).toBeLessThan(at('Not medical advice.'));
	});

	test('GIVEN an answer with no experts and no related entries THEN those sections are left out, not printed empty', () => {
		const text = renderText({ ...ANSWER, experts: [], related: [] });
		expect(text).not.toMatch(/^Experts?:/m);
		expect(text).not.toContain('Related:');
		expect(text).toContain('Sources:');
		expect(text.endsWith('Not medical advice.')).toBe(true);
	});

	test('GIVEN an ambiguous reply THEN the suggestions are numbered from 1', () => {
		const text = renderText({
			kind: 'ambiguous',
			title: 'Did you mean…',
			message: 'Pick one:',
			suggestions: [
				{ id: 'a', question: 'First question?' },
				{ id: 'b', question: 'Second question?' },
			],
		});
		expect(text).toBe('Did you mean…\nPick one:\n  1. First question?\n  2. Second question?');
	});

	test('GIVEN an urgent reply THEN it is flagged and every step is listed', () => {
		const text = renderText({ kind: 'urgent', title: 'Get help now', message: 'Call.', steps: ['Stop.', 'Call 911.'] });
		expect(text).toBe('!! Get help now\nCall.\n  - Stop.\n  - Call 911.');
	});

	test.each([
		{ reply: { kind: 'no_match', title: 'T', message: 'M', related: [] }, text: 'T\nM' },
		{ reply: { kind: 'invalid', title: 'T', message: 'M' }, text: 'T\nM' },
		{ reply: { kind: 'no_match', title: 'T', message: 'M', related: [{ id: 'a', question: 'Closest?' }] }, text: 'T\nM\nClosest questions:\n  - Closest?' },
	] satisfies { reply: Reply; text: string }[])('GIVEN a $reply.kind reply with $reply.related.length related THEN it is the title, the message and any closest questions', ({ reply, text }) => {
		expect(renderText(reply)).toBe(text);
	});
});

describe('expertLine and sourceText', () => {
	test('GIVEN an expert THEN the line is "name, credentials"', () => {
		expect(expertLine({ name: 'Elizabeth Gardner, MD', credentials: 'Professor' })).toBe('Elizabeth Gardner, MD, Professor');
	});

	test.each([
		{ source: { title: 'T' }, text: 'T' },
		{ source: { title: 'T', detail: 'A, 2020' }, text: 'T (A, 2020)' },
		{ source: { title: 'T', caveat: 'Small study.' }, text: 'T — Note: Small study.' },
		{ source: { title: 'T', url: 'https://x.org' }, text: 'T — https://x.org' },
		{ source: { title: 'T', detail: 'P', caveat: 'C', url: 'https://x.org' }, text: 'T (P) — Note: C — https://x.org' },
	])('GIVEN $source THEN the source reads "$text"', ({ source, text }) => {
		expect(sourceText(source)).toBe(text);
	});
});
