import { commonness } from './english.js';
import type { Clause } from './focus.js';
import { subjectsSaid, type SearchIndex, type UncoveredSubject } from './index.js';
import { words } from './normalise.js';
import type { MatcherOptions } from './options.js';

/** A term of the question and how much it counts: 1 in what is asked, less in the background. */
export interface QueryTerm {
	readonly term: string;
	readonly weight: number;
}

export interface Scored {
	readonly entry: number;
	/** In [0, 1]: the blend of coverage and phrasing similarity. */
	readonly score: number;
	/** Share of the question's weighted idf mass the entry uses. */
	readonly coverage: number;
	/** Weighted idf Dice overlap with the entry's closest question or alternate. */
	readonly phrasing: number;
}

/** The weighted evidence of one question, shared by every entry it is scored against. */
export interface Query {
	readonly terms: readonly QueryTerm[];
	/** Share of the asking clauses' mass carried by words the FAQ never uses. */
	readonly unknown: number;
	/** Whether the question names the FAQ's subject. */
	readonly onSubject: boolean;
	/** How many distinct terms the asking clauses have. */
	readonly focusTerms: number;
	/** How many words the whole message has, background included. */
	readonly words: number;
	/** The pack's uncovered subjects the message's asking clauses name. */
	readonly uncovered: readonly UncoveredSubject[];
}

/**
 * A query with what the questions members asked say of every entry: what the probability model
 * weighs. Only ranking needs it, not autocomplete, which scores a query on every keystroke.
 */
export interface WeighedQuery extends Query {
	/** Each entry's log-probability of being the one asked about, by what members meant with these words. */
	readonly asked: Float64Array;
}

type ScoringOptions = Pick<MatcherOptions, 'coverageShare' | 'unknownShare' | 'contextWeight'>;

/** A message's clauses as terms, typo-corrected against the FAQ's own words, analysed once for every reading. */
export interface AnalysedMessage {
	readonly clauses: readonly { readonly terms: readonly string[]; readonly asks: boolean; readonly question: boolean }[];
	readonly words: number;
	/** What its asking clauses name that the FAQ does not cover, whatever reading is in focus. */
	readonly uncovered: readonly UncoveredSubject[];
}

/** Whether `run` occurs in `terms` as consecutive terms. */
function contains(terms: readonly string[], run: readonly string[]): boolean {
	return terms.some((_, start) => run.every((term, k) => terms[start + k] === term));
}

/** Words with which a question refers to something said before it ("which is better"). */
const POINTING_BACK = /\b(it|that|this|they|them|those|these|which (?:one|is|are|of))\b/i;

export function analyseMessage(
	index: SearchIndex,
	clauses: readonly Clause[],
	{ maxTypoSearches, minAskedTerms }: Pick<MatcherOptions, 'maxTypoSearches' | 'minAskedTerms'>,
): AnalysedMessage {
	const budget = { left: maxTypoSearches };
	const corrected = clauses.map(({ text }) => index.typos.correctAll(words(text), budget));
	const read = clauses.map(({ asks, question = false }, i) => ({ terms: index.analyzer.termsOfWords(corrected[i]!), asks, question }));
	// "arms sore af after push day, why tho": a question that names next to nothing is about what
	// the message said before it, so the whole message is what it asks.
	const askedTerms = read.reduce((count, { asks, terms }) => count + (asks ? terms.length : 0), 0);
	const analysed = askedTerms < minAskedTerms ? read.map((clause) => ({ ...clause, asks: true })) : read;
	// "ice bath right after lifting, does it kill gains?": a question that points back ("it",
	// "that") is about what the clauses before it name. So is a message that names nothing of the
	// FAQ's subject where it asks, the whole message counting for a short question as above: "my
	// buddy says do a creatine loading phase. can i just take 5g a day?" (With only the question
	// itself counting, a background subject word would refer more members to "not covered": 4 fewer
	// right answers on the calibration set.)
	const pointsBack = clauses.some(({ text, asks }) => asks && POINTING_BACK.test(text));
	const asksOnSubject = analysed.some(({ asks, terms }) => asks && terms.some((term) => index.subject.has(term)));
	const uncovered = new Set<UncoveredSubject>();
	corrected.forEach((typed, i) => {
		if (!clauses[i]!.asks && !pointsBack && asksOnSubject) return;
		for (const subject of subjectsSaid(typed, index.uncovered)) uncovered.add(subject);
	});
	// One name per subject: the first found of those that read the same once stemmed ("fasted",
	// "fasting"), and not one named inside a longer one found too ("ice" inside "ice bath").
	const byTerms = new Map<string, UncoveredSubject>();
	for (const subject of uncovered) if (!byTerms.has(subject.terms.join(' '))) byTerms.set(subject.terms.join(' '), subject);
	const found = [...byTerms.values()];
	return { clauses: analysed, words: corrected.reduce((sum, typed) => sum + typed.length, 0), uncovered: found.filter((subject) => !found.some((other) => other.terms.length > subject.terms.length && contains(other.terms, subject.terms))) };
}

/**
 * The weighted query of one reading. Terms of asking clauses weigh 1; `focus` picks one asking
 * clause (for a message that asks two things), and the clauses that ask nothing then count as
 * context. A term said in several clauses keeps its highest weight.
 */
export function buildQuery(index: SearchIndex, message: AnalysedMessage, options: ScoringOptions, focus?: number): Query {
	const weights = new Map<string, number>();
	const focusTerms = new Set<string>();
	message.clauses.forEach((clause, i) => {
		const asked = focus === undefined ? clause.asks : i === focus;
		// In focus on one question, the message's other questions are not its background.
		if (!asked && focus !== undefined && clause.asks) return;
		const weight = asked ? 1 : options.contextWeight;
		for (const term of clause.terms) {
			if (asked) focusTerms.add(term);
			if ((weights.get(term) ?? 0) < weight) weights.set(term, weight);
		}
	});
	const terms = [...weights].map(([term, weight]) => ({ term, weight }));
	// How much of what is asked the FAQ has no words for; the background does not count here.
	const asked = terms.filter(({ weight }) => weight === 1);
	const mass = queryMass(index, asked, options);
	const unknownMass = asked.reduce((sum, { term }) => sum + (index.idf.has(term) ? 0 : unknownWeight(index, term, options)), 0);
	return {
		terms,
		unknown: mass === 0 ? 0 : unknownMass / mass,
		onSubject: terms.some(({ term }) => index.subject.has(term)),
		focusTerms: focusTerms.size,
		words: message.words,
		uncovered: message.uncovered,
	};
}

function queryMass(index: SearchIndex, terms: readonly QueryTerm[], options: ScoringOptions): number {
	return terms.reduce((sum, { term, weight }) => sum + weight * (index.idf.get(term) ?? unknownWeight(index, term, options)), 0);
}

/**
 * The `limit` best entries for the question, best first.
 *
 * Two views are blended. Coverage: the share of the question's idf mass that the entry uses, so a
 * question with words the FAQ never uses ("ibuprofen", "creatine") cannot score high. Phrasing
 * similarity: an idf-weighted Dice overlap with the entry's closest question or alternate, which
 * rewards asking the way the entry is phrased and penalises entries that are about much more.
 * Accumulators are typed arrays sized once per index: a 10,000-entry FAQ is scored in place.
 */
export function scoreEntries(index: SearchIndex, query: Query, limit: number, options: ScoringOptions): Scored[] {
	const mass = queryMass(index, query.terms, options);
	if (mass === 0) return [];

	const { covered, shared, bestDice } = index.scratch;
	const touchedEntries: number[] = [];
	const touchedPhrasings: number[] = [];
	for (const { term, weight } of query.terms) {
		const idf = index.idf.get(term);
		if (idf === undefined) continue;
		const weighted = idf * weight;
		const { entries, weights } = index.postings.get(term)!;
		for (let i = 0; i < entries.length; i++) {
			const entry = entries[i]!;
			if (covered[entry] === 0) touchedEntries.push(entry);
			covered[entry] = covered[entry]! + weighted * weights[i]!;
		}
		for (const phrasing of index.phrasingPostings.get(term) ?? []) {
			if (shared[phrasing] === 0) touchedPhrasings.push(phrasing);
			shared[phrasing] = shared[phrasing]! + weighted;
		}
	}

	for (const phrasing of touchedPhrasings) {
		const { entry, mass: phrasingMass } = index.phrasings[phrasing]!;
		const dice = (2 * shared[phrasing]!) / (mass + phrasingMass);
		if (dice > bestDice[entry]!) bestDice[entry] = dice;
		shared[phrasing] = 0;
	}

	const best: Scored[] = [];
	for (const entry of touchedEntries) {
		const coverage = covered[entry]! / mass;
		const phrasing = bestDice[entry]!;
		const score = options.coverageShare * coverage + (1 - options.coverageShare) * phrasing;
		covered[entry] = 0;
		bestDice[entry] = 0;
		if (best.length < limit || score > best[best.length - 1]!.score) insertSorted(best, { entry, score, coverage, phrasing }, limit);
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
function unknownWeight(index: SearchIndex, term: string, options: ScoringOptions): number {
	return index.unknownIdf * options.unknownShare[commonness(term)];
}

/** Scores as members and scripts see them: in [0, 1], to three decimals. */
export function roundScore(score: number): number {
	return Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000;
}
