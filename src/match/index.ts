import type { Entry } from '../faq/model.js';
import { createAnalyzer, type Analyzer } from './analyzer.js';
import { words } from './normalise.js';
import { createTypoCorrector, type TypoCorrector } from './typos.js';
import { STOPWORDS } from './stopwords.js';

/**
 * How much a term counts by where the entry says it. Question and alternates are how members ask,
 * tags are curated keywords, the answer mentions many things it is not about.
 */
export const FIELD_WEIGHT = { phrasing: 1, tag: 0.9, answer: 0.35 } as const;

/** How much of a phrasing term's weight depends on how many of the entry's phrasings use it. */
const ABOUTNESS = 0.3;

export interface Posting {
	readonly entry: number;
	readonly weight: number;
}

/** Everything needed to score a question against the FAQ, built once per pack. */
export interface SearchIndex {
	readonly entries: readonly Entry[];
	readonly analyzer: Analyzer;
	readonly typos: TypoCorrector;
	/** term → the entries that use it, with the weight of the best field it appears in. */
	readonly postings: ReadonlyMap<string, readonly Posting[]>;
	readonly idf: ReadonlyMap<string, number>;
	/** The weight of a question term the FAQ never uses: as rare as the rarest known term. */
	readonly unknownIdf: number;
	/** term → the phrasings (question or alternate) that use it. */
	readonly phrasingPostings: ReadonlyMap<string, readonly number[]>;
	/** For each phrasing: its entry and its total idf mass. */
	readonly phrasings: readonly { readonly entry: number; readonly mass: number }[];
	/** What the whole FAQ is about ("inflammation", "exercise"): terms most entries are asked with. */
	readonly subject: ReadonlySet<string>;
}

/** Share of entries whose phrasings must use a term for it to be the FAQ's subject: nearly all. */
const SUBJECT_SHARE = 0.95;

export function buildIndex(entries: readonly Entry[], synonyms: readonly (readonly string[])[]): SearchIndex {
	const analyzer = createAnalyzer(synonyms);
	const vocabulary = new Set<string>(synonyms.flat().flatMap(words));
	const weights = new Map<string, Map<number, number>>();
	const phrasingTerms: { entry: number; terms: Set<string> }[] = [];

	const raise = (entry: number, term: string, weight: number) => {
		const byEntry = weights.get(term) ?? new Map<number, number>();
		byEntry.set(entry, Math.max(byEntry.get(entry) ?? 0, weight));
		weights.set(term, byEntry);
	};
	const add = (entry: number, text: string, weight: number): Set<string> => {
		for (const word of words(text)) vocabulary.add(word);
		const terms = new Set(analyzer.terms(text));
		for (const term of terms) raise(entry, term, weight);
		return terms;
	};

	entries.forEach((entry, index) => {
		const own = [entry.question, ...entry.alternates].map((phrasing) => {
			const terms = add(index, phrasing, 0);
			phrasingTerms.push({ entry: index, terms });
			return terms;
		});
		// A term in most of an entry's phrasings is what the entry is about; one in a single
		// alternate is incidental. This separates "does exercise reduce inflammation" from
		// "which exercise reduces inflammation the most".
		for (const term of new Set(own.flatMap((terms) => [...terms]))) {
			const share = own.filter((terms) => terms.has(term)).length / own.length;
			raise(index, term, FIELD_WEIGHT.phrasing * (1 - ABOUTNESS + ABOUTNESS * share));
		}
		for (const tag of entry.tags) add(index, tag, FIELD_WEIGHT.tag);
		add(index, entry.answer, FIELD_WEIGHT.answer);
	});

	const total = entries.length;
	const idf = new Map<string, number>();
	const postings = new Map<string, Posting[]>();
	for (const [term, byEntry] of weights) {
		idf.set(term, Math.log(1 + total / byEntry.size));
		postings.set(term, [...byEntry].map(([entry, weight]) => ({ entry, weight })));
	}

	const phrasingPostings = new Map<string, number[]>();
	const phrasings = phrasingTerms.map(({ entry, terms }, index) => {
		let mass = 0;
		for (const term of terms) {
			mass += idf.get(term) ?? 0;
			const list = phrasingPostings.get(term) ?? [];
			list.push(index);
			phrasingPostings.set(term, list);
		}
		return { entry, mass };
	});

	const subject = new Set(
		[...postings]
			.filter(([, list]) => list.filter(({ weight }) => weight >= FIELD_WEIGHT.phrasing * (1 - ABOUTNESS)).length >= SUBJECT_SHARE * total)
			.map(([term]) => term),
	);

	return {
		entries,
		analyzer,
		subject,
		typos: createTypoCorrector(vocabulary, STOPWORDS),
		postings,
		idf,
		unknownIdf: Math.log(1 + total),
		phrasingPostings,
		phrasings,
	};
}
