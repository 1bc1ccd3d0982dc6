import type { Entry } from '../faq/model.js';
import type { Analyzer } from './analyzer.js';
import { words } from './normalise.js';
import type { TypoCorrector } from './typos.js';

/** A term of a question and how much it counts. */
interface WeightedTerm {
	readonly term: string;
	readonly weight: number;
}

/** The parts of an index the model learns from: its entries, how it reads text, and its analysed phrasings. */
export interface AnalysedPhrasings {
	readonly entries: readonly Entry[];
	readonly analyzer: Analyzer;
	readonly typos: TypoCorrector;
	readonly phrasingPostings: ReadonlyMap<string, readonly number[]>;
	readonly phrasings: readonly { readonly entry: number }[];
}

/**
 * What the questions members really asked say about each entry: how likely an entry is to be the
 * one asked about, given the question's terms. A naive Bayes over the terms of every entry's
 * phrasings and of the questions members asked (asked.txt). Where the lexical score asks how much of
 * the question an entry explains, this asks which entry members meant when they used these words:
 * "torn", "wrecked" or "cooked" point to an entry once members have used them for it, even though
 * no alternate says them.
 */
export interface AskedModel {
	/** Each entry's log-probability of being the one asked about, by entry index. */
	logPosterior(terms: readonly WeightedTerm[]): Float64Array;
}

/**
 * Additive smoothing of term counts. Small, so that a term members use for one entry only speaks
 * for it; above zero, so that one unseen term does not rule an entry out.
 */
const SMOOTHING = 0.1;

/** What decides how the asked questions read, besides the FAQ's vocabulary; compared by identity. */
export interface ReadingInputs {
	readonly synonyms: object;
	readonly uncovered: object;
	readonly maxTypoSearches: number;
}

/** How often each term was used in the asked questions, by entry id. */
type AskedCounts = ReadonlyMap<string, ReadonlyMap<string, number>>;

/**
 * The asked questions' term counts, kept per pack. The pack check builds the index again once per
 * alternate of an entry that took a question, and reading thousands of questions every time kept
 * a moderator waiting most of a minute. Those rebuilds share the pack's asked questions, synonyms
 * and uncovered subjects and differ by one alternate, so the counts are reused. Dropping that
 * alternate may drop a word from the vocabulary that typos are corrected towards; whether an
 * alternate takes a question does not hinge on how a misspelled example reads.
 */
const counted = new WeakMap<ReadonlyMap<string, readonly string[]>, { readonly inputs: ReadingInputs; readonly counts: AskedCounts }>();

function countAsked(index: AnalysedPhrasings, asked: ReadonlyMap<string, readonly string[]>, inputs: ReadingInputs): AskedCounts {
	const kept = counted.get(asked);
	if (kept && kept.inputs.synonyms === inputs.synonyms && kept.inputs.uncovered === inputs.uncovered && kept.inputs.maxTypoSearches === inputs.maxTypoSearches) return kept.counts;
	const counts = new Map<string, Map<string, number>>();
	for (const [id, questions] of asked) {
		for (const question of questions) {
			// Read as a question is read, typos corrected, so that a member's "inflamation" counts.
			for (const term of new Set(index.analyzer.termsOfWords(index.typos.correctAll(words(question), { left: inputs.maxTypoSearches })))) {
				const byEntry = counts.get(term) ?? counts.set(term, new Map()).get(term)!;
				byEntry.set(id, (byEntry.get(id) ?? 0) + 1);
			}
		}
	}
	counted.set(asked, { inputs, counts });
	return counts;
}

export function learnFromAsked(index: AnalysedPhrasings, asked: ReadonlyMap<string, readonly string[]>, inputs: ReadingInputs): AskedModel {
	const total = index.entries.length;
	const counts = new Map<string, Map<number, number>>();
	const termsPerEntry = new Float64Array(total);
	const count = (entry: number, term: string, times: number) => {
		const byEntry = counts.get(term) ?? counts.set(term, new Map()).get(term)!;
		byEntry.set(entry, (byEntry.get(entry) ?? 0) + times);
		termsPerEntry[entry]! += times;
	};
	// The phrasings are already analysed: each of their terms once per phrasing.
	for (const [term, phrasings] of index.phrasingPostings) for (const phrasing of phrasings) count(index.phrasings[phrasing]!.entry, term, 1);
	const entryIndex = new Map(index.entries.map(({ id }, i) => [id, i]));
	for (const [term, byId] of countAsked(index, asked, inputs)) {
		for (const [id, times] of byId) {
			const entry = entryIndex.get(id);
			if (entry !== undefined) count(entry, term, times);
		}
	}
	const vocabulary = counts.size;
	const unseen = Float64Array.from(termsPerEntry, (n) => Math.log(SMOOTHING / (n + SMOOTHING * vocabulary)));
	// Per term and entry, what seeing the term adds to the entry over an unseen term.
	const gains = new Map(
		[...counts].map(([term, byEntry]) => [term, [...byEntry].map(([entry, n]) => [entry, Math.log((n + SMOOTHING) / SMOOTHING)] as const)] as const),
	);
	return {
		logPosterior(terms) {
			const scores = new Float64Array(total);
			let known = 0;
			for (const { term, weight } of terms) {
				const termGains = gains.get(term);
				if (!termGains) continue;
				known += weight;
				for (const [entry, gain] of termGains) scores[entry]! += weight * gain;
			}
			let best = -Infinity;
			for (let entry = 0; entry < total; entry++) {
				scores[entry]! += known * unseen[entry]!;
				if (scores[entry]! > best) best = scores[entry]!;
			}
			let sum = 0;
			for (const score of scores) sum += Math.exp(score - best);
			const normaliser = best + Math.log(sum);
			for (let entry = 0; entry < total; entry++) scores[entry]! -= normaliser;
			return scores;
		},
	};
}
