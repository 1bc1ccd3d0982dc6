import { describe, expect, test } from 'vitest';
import { createAnalyzer } from '../../src/match/analyzer.js';

const analyzer = createAnalyzer([['exercise', 'workout', 'training', 'gym'], ['okay', 'tbh'], ['avoid', 'quit'], ['sporadic', 'now and then'], ['reduce', 'go down']]);

describe('createAnalyzer', () => {
	test.each([
		{ given: 'synonyms of one term', text: 'workout or training', terms: ['exercis', 'exercis'] },
		{ given: 'a synonym of a stopword (chat filler)', text: 'tbh gym', terms: ['exercis'] },
		{ given: 'an age and sex as members introduce themselves', text: '32f desk job, gym 3x', terms: ['desk', 'job', 'exercis', '3x'] },
		{ given: 'a male age tag in capitals', text: '47M here', terms: [] },
		{ given: 'a bare number or a number with a unit that is not a sex', text: '20 mins 5k', terms: ['20', 'minut', '5k'] },
		{ given: 'a single digit or three digits before the letter', text: '5m 100f', terms: ['5m', '100f'] },
		{ given: 'an inflection of a stopword', text: 'i needed to know, telling you', terms: [] },
		{ given: 'words that stem like a stopword but say something', text: 'evening liters total basic actual', terms: ['even', 'liter', 'total', 'basic', 'actual'] },
		{ given: 'the stopwords they stem like', text: 'quite even literally totally basically actually', terms: [] },
		{ given: 'a synonym that stems like a stopword', text: 'quit', terms: ['avoid'] },
		{ given: 'the stopword it stems like ("quite" is not "quit")', text: 'quite sore', terms: ['sore'] },
		{ given: 'a synonym phrase that starts with a stopword', text: 'every now and then', terms: ['sporad'] },
		{ given: 'a synonym phrase that starts with an inflected stopword', text: 'swelling going down', terms: ['swell', 'reduc'] },
		{ given: 'minutes written like a male age tag (as unknown to the FAQ either way)', text: 'a 20m walk', terms: ['walk'] },
	])('GIVEN $given WHEN analysed THEN the terms are $terms', ({ text, terms }) => {
		expect(analyzer.terms(text)).toEqual(terms);
	});
});
