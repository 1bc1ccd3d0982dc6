import type { CalibrationWeights, MatcherOverrides } from '../faq/schema.js';

export type { CalibrationWeights, MatcherOverrides } from '../faq/schema.js';

/**
 * Every knob of the matcher, in one place. `npm run -s tune` chose the defaults on the calibration
 * set (see README → How answers are chosen); the held-out set never chose one. A content pack may
 * override any of them in `pack.yaml` under `matcher:`.
 */
export interface MatcherOptions {
	/** How much a term counts by where the entry says it: how members ask, curated tags, the answer. */
	readonly fieldWeight: { readonly phrasing: number; readonly tag: number; readonly answer: number };
	/** How much of a phrasing term's weight depends on how many of the entry's phrasings use it. */
	readonly aboutness: number;
	/**
	 * A term's weight is its rarity across entries, log(1 + entries / entries using it), raised to
	 * this power: above 1, words nearly every entry uses ("exercise", "inflammation") count for
	 * little against a word only one entry has ("t cells").
	 */
	readonly rarityExponent: number;
	/** Share of entries whose phrasings must use a term for it to count as the FAQ's subject. */
	readonly subjectShare: number;
	/** Weight of coverage against phrasing similarity in an entry's raw score. */
	readonly coverageShare: number;
	/** How much a word the FAQ never uses counts against every entry, by how common it is in English. */
	readonly unknownShare: { readonly everyday: number; readonly familiar: number; readonly rare: number };
	/** New misspellings looked up per question: gibberish must not cost a search per word. */
	readonly maxTypoSearches: number;
	/**
	 * How much the words around the question count: "been stressed and sleeping 5 hours… does sleep
	 * affect inflammation?" is judged on the question, with the background as a hint.
	 */
	readonly contextWeight: number;
	/**
	 * A message whose questions name fewer terms than this is read whole, background at full
	 * weight: a short question ("arms sore af after push day, why tho", "is that true?") is about
	 * what the message said before it. Only long questions are judged on themselves alone.
	 */
	readonly minAskedTerms: number;
	/** How many ranked entries a verdict looks at: the best, its rivals and the suggestions. */
	readonly ranked: number;
	/** The logistic model that turns a candidate's evidence into the probability that it is right. */
	readonly calibration: CalibrationWeights;
	/** The probability an answer needs; below it, the best entries are offered as "did you mean". */
	readonly answerConfidence: number;
	/**
	 * How likely an entry is at least when the question reads word for word as one of its questions
	 * or alternates: the same terms, word order, stopwords and word endings aside. Short questions
	 * carry little evidence of any other kind, so the model alone doubts "what is inflammation?"
	 * even from the entry of that name; a member who picks a question from autocomplete asks
	 * exactly that. When it was introduced, 191 of the 193 calibration questions that read so were
	 * about that entry. An `ANSWER_CONFIDENCE` up to this value still answers them.
	 */
	readonly wordForWordConfidence: number;
	/** The probability an entry needs to be offered at all. */
	readonly suggestConfidence: number;
	/**
	 * The most an entry can be worth for a question about a subject the FAQ does not cover
	 * (`uncovered` in pack.yaml) and the entry does not name: such an entry is almost never the
	 * answer, whatever words it shares with the question.
	 */
	readonly uncoveredConfidence: number;
	/** Entries this close to the best, in log-odds, are offered instead of one being chosen. */
	readonly margin: number;
	readonly maxSuggestions: number;
}

export const DEFAULT_MATCHER_OPTIONS: MatcherOptions = {
	fieldWeight: { phrasing: 1, tag: 0.9, answer: 0.35 },
	aboutness: 0.3,
	rarityExponent: 0.75,
	subjectShare: 0.95,
	coverageShare: 0.6,
	unknownShare: { everyday: 0.25, familiar: 0.5, rare: 1 },
	maxTypoSearches: 12,
	contextWeight: 0.35,
	minAskedTerms: 8,
	ranked: 8,
	calibration: { bias: -7.123, scale: 1.757, shift: 0.251, score: 0.883, lead: -1.414, clearLead: 0.204, clearOfField: 0.227, coverage: 0.486, phrasing: 1.478, onSubject: 0.458, unknown: -5.737, focusTerms: 1.506, messageLength: 0.731, asked: 0.209 },
	answerConfidence: 0.85,
	wordForWordConfidence: 0.99,
	suggestConfidence: 0.2,
	uncoveredConfidence: 0.05,
	margin: 1,
	maxSuggestions: 3,
};

/** The defaults with a pack's or a caller's overrides; nested objects are merged field by field. */
export function matcherOptions(...overrides: readonly (MatcherOverrides | undefined)[]): MatcherOptions {
	return overrides.reduce<MatcherOptions>(
		(options, override) => ({
			...options,
			...override,
			fieldWeight: { ...options.fieldWeight, ...override?.fieldWeight },
			unknownShare: { ...options.unknownShare, ...override?.unknownShare },
			calibration: { ...options.calibration, ...override?.calibration },
		}),
		DEFAULT_MATCHER_OPTIONS,
	);
}
