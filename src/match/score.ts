import { englishStemRank } from './english.js';
import type { SearchIndex } from './index.js';

/** Weight of coverage against phrasing similarity in an entry's score. */
const COVERAGE_SHARE = 0.5;

/** Frequency ranks below which an unknown word is everyday English rather than a topic. */
const COMMON_RANK = 1_500;
const FAMILIAR_RANK = 6_000;

export interface Scored {
	readonly entry: number;
	/** In [0, 1]: how fully the entry explains the question's informative words. */
	readonly score: number;
}

/** The question's terms, typo-corrected against the FAQ's own words. */
export function queryTerms(index: SearchIndex, question: string): string[] {
	return [...new Set(index.analyzer.terms(question, (word) => index.typos.correct(word)))];
}

/**
 * Scores every entry that shares a term with the question, best first.
 *
 * Two views are blended. Coverage: the share of the question's idf mass that the entry uses, so a
 * question with words the FAQ never uses ("ibuprofen", "creatine") cannot score high. Phrasing
 * similarity: an idf-weighted Dice overlap with the entry's closest question or alternate, which
 * rewards asking the way the entry is phrased and penalises entries that are about much more.
 */
export function scoreEntries(index: SearchIndex, terms: readonly string[]): Scored[] {
	const queryMass = terms.reduce((sum, term) => sum + (index.idf.get(term) ?? unknownWeight(index, term)), 0);
	if (queryMass === 0) return [];

	const covered = new Map<number, number>();
	const shared = new Map<number, number>();
	for (const term of terms) {
		const idf = index.idf.get(term);
		if (idf === undefined) continue;
		for (const { entry, weight } of index.postings.get(term) ?? []) {
			covered.set(entry, (covered.get(entry) ?? 0) + idf * weight);
		}
		for (const phrasing of index.phrasingPostings.get(term) ?? []) {
			shared.set(phrasing, (shared.get(phrasing) ?? 0) + idf);
		}
	}

	const bestDice = new Map<number, number>();
	for (const [phrasing, mass] of shared) {
		const { entry, mass: phrasingMass } = index.phrasings[phrasing]!;
		const dice = (2 * mass) / (queryMass + phrasingMass);
		if (dice > (bestDice.get(entry) ?? 0)) bestDice.set(entry, dice);
	}

	const scored: Scored[] = [];
	for (const [entry, mass] of covered) {
		const coverage = mass / queryMass;
		scored.push({ entry, score: COVERAGE_SHARE * coverage + (1 - COVERAGE_SHARE) * (bestDice.get(entry) ?? 0) });
	}
	return scored.sort((a, b) => b.score - a.score);
}

/**
 * A word the FAQ never uses counts against every entry, by how telling it is: everyday words
 * ("whenever", "couple") barely, rare ones ("acne", "creatine") as much as the FAQ's rarest term.
 */
function unknownWeight(index: SearchIndex, term: string): number {
	const rank = englishStemRank(term);
	if (rank === undefined) return index.unknownIdf;
	if (rank < COMMON_RANK) return index.unknownIdf * 0.25;
	if (rank < FAMILIAR_RANK) return index.unknownIdf * 0.5;
	return index.unknownIdf;
}
