import { describe, expect, test } from 'vitest';
import { DEFAULT_MATCHER_OPTIONS, matcherOptions } from '../../src/match/options.js';

describe('matcherOptions', () => {
	test('GIVEN no overrides THEN the defaults come back', () => {
		expect(matcherOptions()).toEqual(DEFAULT_MATCHER_OPTIONS);
		expect(matcherOptions(undefined, undefined)).toEqual(DEFAULT_MATCHER_OPTIONS);
	});

	test.each([
		{ given: 'a threshold', override: { answerConfidence: 0.7 }, expected: { ...DEFAULT_MATCHER_OPTIONS, answerConfidence: 0.7 } },
		{ given: 'one calibration weight', override: { calibration: { bias: 3 } }, expected: { ...DEFAULT_MATCHER_OPTIONS, calibration: { ...DEFAULT_MATCHER_OPTIONS.calibration, bias: 3 } } },
		{ given: 'one field weight', override: { fieldWeight: { tag: 0.5 } }, expected: { ...DEFAULT_MATCHER_OPTIONS, fieldWeight: { ...DEFAULT_MATCHER_OPTIONS.fieldWeight, tag: 0.5 } } },
		{ given: 'one unknown-word share', override: { unknownShare: { rare: 0.8 } }, expected: { ...DEFAULT_MATCHER_OPTIONS, unknownShare: { ...DEFAULT_MATCHER_OPTIONS.unknownShare, rare: 0.8 } } },
	])('GIVEN $given overridden THEN only that part changes, nested objects merged field by field', ({ override, expected }) => {
		expect(matcherOptions(override)).toEqual(expected);
	});

	test('GIVEN a pack override and then a caller override THEN the caller wins where both set a value, and both apply elsewhere', () => {
		const options = matcherOptions({ answerConfidence: 0.6, calibration: { bias: 1, lead: 2 } }, { answerConfidence: 0.8, calibration: { lead: 4 } });
		expect(options.answerConfidence).toBe(0.8);
		expect(options.calibration).toEqual({ ...DEFAULT_MATCHER_OPTIONS.calibration, bias: 1, lead: 4 });
	});
});
