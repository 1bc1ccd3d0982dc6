import { commonness } from './english.js';
import type { SearchIndex } from './index.js';

/** Weight of coverage against phrasing similarity in an entry's score. */
const COVERAGE_SHARE = 0.5;

/** New misspellings looked up per question. */
const MAX_TYPO_SEARCHES = 12;

/** How much an unknown word counts, by how common it is in everyday English. */
const UNKNOWN_SHARE = { everyday: 0.25, familiar: 0.5, rare: 1 } as const;

export interface Scored {
	readonly entry: number;
	/** In [0, 1]: how fully the entry explains the question's informative words. */
	readonly score: number;
}

/** The question's terms, typo-corrected against the FAQ's own words. */
export function queryTerms(index: SearchIndex, question: string): string[] {
	return [...new Set(index.analyzer.terms(question, (words) => index.typos.correctAll(words, MAX_TYPO_SEARCHES)))];
}

/**
 * The `limit` best entries for the question's terms, best first.
 *
 * Two views are blended. Coverage: the share of the question's idf mass that the entry uses, so a
 * question with words the FAQ never uses ("ibuprofen", "creatine") cannot score high. Phrasing
 * similarity: an idf-weighted Dice overlap with the entry's closest question or alternate, which
 * rewards asking the way the entry is phrased and penalises entries that are about much more.
 * Accumulators are typed arrays sized once per index: a 10,000-entry FAQ is scored in place.
 */
export function scoreEntries(index: SearchIndex, terms: readonly string[], limit: number): Scored[] {
	const queryMass = terms.reduce((sum, term) => sum + (index.idf.get(term) ?? unknownWeight(index, term)), 0);
	if (queryMass === 0) return [];

	const { covered, shared, bestDice } = index.scratch;
	const touchedEntries: number[] = [];
	const touchedPhrasings: number[] = [];
	for (const term of terms) {
		const idf = index.idf.get(term);
		if (idf === undefined) continue;
		const { entries, weights } = index.postings.get(term)!;
		for (let i = 0; i < entries.length; i++) {
			const entry = entries[i]!;
			if (covered[entry] === 0) touchedEntries.push(entry);
			covered[entry] = covered[entry]! + idf * weights[i]!;
		}
		for (const phrasing of index.phrasingPostings.get(term) ?? []) {
			if (shared[phrasing] === 0) touchedPhrasings.push(phrasing);
			shared[phrasing] = shared[phrasing]! + idf;
		}
	}

	for (const phrasing of touchedPhrasings) {
		const { entry, mass } = index.phrasings[phrasing]!;
		const dice = (2 * shared[phrasing]!) / (queryMass + mass);
		if (dice > bestDice[entry]!) bestDice[entry] = dice;
		shared[phrasing] = 0;
	}

	const best: Scored[] = [];
	for (const entry of touchedEntries) {
		const score = COVERAGE_SHARE * (covered[entry]! / queryMass) + (1 - COVERAGE_SHARE) * bestDice[entry]!;
		covered[entry] = 0;
		bestDice[entry] = 0;
		if (best.length < limit || score > best[best.length - 1]!.score) insertSorted(best, { entry, score }, limit);
	}
	return best;
}

/** Keeps `list` as the `limit` highest scores, highest first; cheaper than sorting every entry. */
function insertSorted(list: Scored[], item: Scored, limit: number): void {
	let at = list.length;
	while (at > 0 && list[at - 1]!.score < item.score) at -= 1;
	list.splice(at, 0, item);
	if (list.length > limit) list.pop();
}

/**
 * A word the FAQ never uses counts against every entry, by how telling it is: everyday words
 * ("whenever", "couple") barely, rare ones ("acne", "creatine") as much as the FAQ's rarest term.
 */
function unknownWeight(index: SearchIndex, term: string): number {
	return index.unknownIdf * UNKNOWN_SHARE[commonness(term)];
}

/** Scores as members and scripts see them: in [0, 1], to three decimals. */
export function roundScore(score: number): number {
	return Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000;
}
