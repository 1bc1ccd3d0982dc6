import { describe, expect, test } from 'vitest';
import { clamp, COLORS, DISCORD_LIMITS, embedLength, rawEmbed, toEmbed, type EmbedModel } from '../../src/reply/embed.js';
import type { Reply } from '../../src/reply/model.js';

const DISCLAIMER = 'This FAQ is general information, not medical advice. In an emergency call your local emergency number.';

function absurdReply(): Reply {
	return {
		kind: 'answer',
		entryId: 'absurd',
		title: `Why ${'so '.repeat(200)}long?`,
		answer: 'All work and no rest. '.repeat(5000),
		experts: [
			{ name: 'Elizabeth Gardner, MD', credentials: 'Associate professor of orthopaedics and sports medicine' },
			{ name: 'Schuyler Archambault', credentials: `Physical therapist ${'and coach '.repeat(150)}` },
		],
		sources: Array.from({ length: 30 }, (_, i) => ({
			title: `Source number ${i + 1} with a fairly long title about exercise and inflammation`,
			detail: `Publisher ${i + 1}, 2020`,
			caveat: 'Small study.',
			url: `https://example.org/source-${i + 1}`,
		})),
		related: [],
		disclaimer: `${DISCLAIMER} ${'More fine print. '.repeat(300)}`,
	};
}

function expectWithinLimits(embed: EmbedModel): void {
	expect(embed.title.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedTitle);
	expect(embed.description.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedDescription);
	expect(embed.fields.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedFields);
	for (const field of embed.fields) {
		expect(field.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedFieldName);
		expect(field.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedFieldValue);
		expect(field.name.length).toBeGreaterThan(0);
		expect(field.value.length).toBeGreaterThan(0);
	}
	expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedFooter);
	expect(embedLength(embed)).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
}

describe('toEmbed', () => {
	test('GIVEN an absurd reply (huge title, answer, credentials and disclaimer; 30 sources) THEN every Discord limit holds', () => {
		const raw = rawEmbed(absurdReply());
		expect(embedLength(raw)).toBeGreaterThan(DISCORD_LIMITS.embedTotal);
		expectWithinLimits(toEmbed(absurdReply()));
	});

	test('GIVEN an absurd reply THEN the disclaimer footer and the attribution fields are kept, and the answer gives way', () => {
		const embed = toEmbed(absurdReply());
		expect(embed.footer?.text.startsWith(DISCLAIMER)).toBe(true);
		expect(embed.fields.map((f) => f.name)).toEqual(['Experts', 'Sources']);
		expect(embed.fields[0]?.value).toContain('• Elizabeth Gardner, MD, Associate professor of orthopaedics and sports medicine');
		expect(embed.fields[0]?.value).toContain('• Schuyler Archambault, Physical therapist');
		expect(embed.fields[1]?.value.startsWith('• Source number 1 with a fairly long title')).toBe(true);
		expect(embed.description.startsWith('All work and no rest.')).toBe(true);
		expect(embed.description.endsWith('…')).toBe(true);
		expect(embed.title.endsWith('…')).toBe(true);
		expect(embed.color).toBe(COLORS.answer);
	});

	test.each([
		{ name: 'a huge answer only', change: (r: Reply & { kind: 'answer' }) => ({ ...r, answer: 'x'.repeat(10_000) }) },
		{ name: 'a huge disclaimer only', change: (r: Reply & { kind: 'answer' }) => ({ ...r, disclaimer: 'd'.repeat(5000) }) },
		{ name: 'a 4,096-character answer and a 2,048-character disclaimer', change: (r: Reply & { kind: 'answer' }) => ({ ...r, answer: 'a'.repeat(4096), disclaimer: 'd'.repeat(2048) }) },
		{ name: '30 sources', change: (r: Reply & { kind: 'answer' }) => ({ ...r, sources: (absurdReply() as Reply & { kind: 'answer' }).sources }) },
	])('GIVEN $name THEN every Discord limit holds and the footer is kept', ({ change }) => {
		const small: Reply & { kind: 'answer' } = {
			kind: 'answer',
			entryId: 'e',
			title: 'Title',
			answer: 'Answer.',
			experts: [{ name: 'Elizabeth Gardner, MD', credentials: 'Professor' }],
			sources: [{ title: 'The article' }],
			related: [],
			disclaimer: 'Not medical advice.',
		};
		const embed = toEmbed(change(small));
		expectWithinLimits(embed);
		expect(embed.footer?.text.length).toBeGreaterThan(0);
		expect(embed.fields.map((f) => f.name)).toEqual(['Expert', 'Sources']);
	});

	test('GIVEN a reply that fits THEN toEmbed changes nothing', () => {
		const reply: Reply = {
			kind: 'answer',
			entryId: 'e',
			title: 'Does sleep help?',
			answer: 'Yes.',
			experts: [{ name: 'Schuyler Archambault', credentials: 'Physical therapist' }],
			sources: [{ title: 'The article', detail: 'Peloton' }],
			related: [{ id: 'x', question: 'X?' }],
			disclaimer: 'Not medical advice.',
		};
		expect(toEmbed(reply)).toEqual(rawEmbed(reply));
		expect(rawEmbed(reply)).toEqual({
			title: 'Does sleep help?',
			description: 'Yes.',
			color: COLORS.answer,
			fields: [
				{ name: 'Expert', value: '• Schuyler Archambault, Physical therapist' },
				{ name: 'Sources', value: '• The article (Peloton)' },
			],
			footer: { text: 'Not medical advice.' },
		});
	});

	test('GIVEN an answer with no experts THEN there is no empty Expert field', () => {
		const embed = rawEmbed({ kind: 'answer', entryId: 'e', title: 'T', answer: 'A', experts: [], sources: [{ title: 'S' }], related: [], disclaimer: 'D' });
		expect(embed.fields).toEqual([{ name: 'Sources', value: '• S' }]);
	});

	test.each([
		{ reply: { kind: 'no_match', title: 'T', message: 'M' } as Reply, color: COLORS.no_match },
		{ reply: { kind: 'invalid', title: 'T', message: 'M' } as Reply, color: COLORS.invalid },
		{ reply: { kind: 'ambiguous', title: 'T', message: 'M', suggestions: [] } as Reply, color: COLORS.ambiguous },
	])('GIVEN a $reply.kind reply THEN the embed is its title and message in its colour, without a footer', ({ reply, color }) => {
		expect(toEmbed(reply)).toEqual({ title: 'T', description: 'M', color, fields: [] });
	});
});

describe('embedLength', () => {
	test.each([
		{ name: 'title and description', embed: { title: 'abc', description: 'defgh', color: 0, fields: [] }, length: 8 },
		{ name: 'with a footer', embed: { title: 'abc', description: 'de', color: 0, fields: [], footer: { text: '1234' } }, length: 9 },
		{
			name: 'with fields (names and values count)',
			embed: { title: 'T', description: '', color: 0, fields: [{ name: 'Ab', value: 'cde' }, { name: 'F', value: 'gh' }], footer: { text: 'z' } },
			length: 1 + 2 + 3 + 1 + 2 + 1,
		},
		{ name: 'nothing', embed: { title: '', description: '', color: 123456, fields: [] }, length: 0 },
	] satisfies { name: string; embed: EmbedModel; length: number }[])('GIVEN $name THEN the length is $length', ({ embed, length }) => {
		expect(embedLength(embed)).toBe(length);
	});
});

describe('clamp', () => {
	test.each([
		{ text: 'short', max: 10, out: 'short' },
		{ text: 'exactly10!', max: 10, out: 'exactly10!' },
		{ text: 'one too long', max: 11, out: 'one too lo…' },
		{ text: 'trailing spaces here', max: 10, out: 'trailing…' },
		{ text: 'abc', max: 1, out: '…' },
	])('GIVEN "$text" and max $max THEN it is "$out"', ({ text, max, out }) => {
		const clamped = clamp(text, max);
		expect(clamped).toBe(out);
		expect(clamped.length).toBeLessThanOrEqual(max);
	});
});
