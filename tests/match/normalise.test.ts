import { describe, expect, test } from 'vitest';
import { normaliseText, words } from '../../src/match/normalise.js';

describe('normaliseText', () => {
	test.each([
		{ input: 'Does HIIT make Inflammation WORSE?', output: 'does hiit make inflammation worse' },
		{ input: 'don’t   won‘t can`t', output: 'dont wont cant' },
		{ input: "what's the diff", output: 'whats the diff' },
		{ input: 'Café naïve crème brûlée', output: 'cafe naive creme brulee' },
		{ input: 'post-workout, inflammation... really?!', output: 'post workout inflammation really' },
		{ input: '  \t\n lots   of\tspace \n', output: 'lots of space' },
		{ input: 'ＨＩＩＴ ２０ minutes', output: 'hiit 20 minutes' },
		{ input: '💀 brutal leg day 🔥', output: 'brutal leg day' },
		{ input: '?!…', output: '' },
		{ input: '', output: '' },
	])('GIVEN "$input" WHEN normalised THEN it reads "$output"', ({ input, output }) => {
		expect(normaliseText(input)).toBe(output);
	});

	// NFKD turns the acute accent "´" into a space plus a combining mark: read before NFKD as an
	// apostrophe, or "it´s" becomes "it s".
	test('GIVEN an acute accent used as an apostrophe ("it´s") WHEN normalised THEN it is dropped like the others', () => {
		expect(normaliseText('it´s')).toBe('its');
	});
});

describe('words', () => {
	test.each([
		{ input: 'y r u sore', output: ['why', 'are', 'you', 'sore'] },
		{ input: 'pls help, idk what doms is', output: ['please', 'help', 'i', 'do', 'not', 'know', 'what', 'doms', 'is'] },
		{ input: "im sore n i can't walk lol", output: ['i', 'am', 'sore', 'n', 'i', 'can', 'not', 'walk'] },
		{ input: 'how many mins a wk', output: ['how', 'many', 'minutes', 'a', 'week'] },
		{ input: 'hiit vs yoga', output: ['hiit', 'versus', 'yoga'] },
		{ input: 'gonna work out rn', output: ['going', 'to', 'work', 'out', 'right', 'now'] },
		{ input: 'LOL OMG LMAO', output: [] },
		{ input: 'dont stop', output: ['do', 'not', 'stop'] },
		{ input: 'Inflammation', output: ['inflammation'] },
		{ input: '', output: [] },
	])('GIVEN "$input" WHEN split into words THEN chat shorthand is spelled out: $output', ({ input, output }) => {
		expect(words(input)).toEqual(output);
	});

	test('GIVEN a word that only contains a shorthand WHEN split THEN it is left alone', () => {
		expect(words('running urine brunch')).toEqual(['running', 'urine', 'brunch']);
	});
});
