import type { Entry } from '../faq/model.js';
import { createAnalyzer, type Analyzer } from './analyzer.js';
import { words } from './normalise.js';
import { PostingsBuilder, type Postings } from './postings.js';
import { createTypoCorrector, type TypoCorrector } from './typos.js';
import { STOPWORDS } from './stopwords.js';

/**
 * How much a term counts by where the entry says it. Question and alternates are how members ask,
 * tags are curated keywords, the answer mentions many things it is not about.
 */
const FIELD_WEIGHT = { phrasing: 1, tag: 0.9, answer: 0.35 } as const;

/** How much of a phrasing term's weight depends on how many of the entry's phrasings use it. */
const ABOUTNESS = 0.3;

/** Everything needed to score a question against the FAQ, built once per pack. */
export interface SearchIndex {
	readonly entries: readonly Entry[];
	readonly analyzer: Analyzer;
	readonly typos: TypoCorrector;
	readonly postings: ReadonlyMap<string, Postings>;
	readonly idf: ReadonlyMap<string, number>;
	/** The weight of a question term the FAQ never uses: as rare as the rarest known term. */
	readonly unknownIdf: number;
	/** term → the phrasings (question or alternate) that use it. */
	readonly phrasingPostings: ReadonlyMap<string, readonly number[]>;
	/** For each phrasing: its entry and its total idf mass. */
	readonly phrasings: readonly { readonly entry: number; readonly mass: number }[];
	/** Every word the FAQ uses, sorted, for completing a half-typed word. */
	readonly vocabulary: readonly string[];
	/** What the FAQ is about: the pack's subject words, and terms nearly every entry is asked with. */
	readonly subject: ReadonlySet<string>;
	/** Per-question accumulators, reused (and left zeroed) by every search on this index. */
	readonly scratch: { readonly covered: Float64Array; readonly shared: Float64Array; readonly bestDice: Float64Array };
}

/** Share of entries whose phrasings must use a term for it to be the FAQ's subject: nearly all. */
const SUBJECT_SHARE = 0.95;

export function buildIndex(entries: readonly Entry[], synonyms: readonly (readonly string[])[], subjectWords: readonly string[] = []): SearchIndex {
	// Every distinct word the FAQ uses is a word a typo may be meant as. Only the FAQ's own words:
	// collecting stops once it is indexed, before any question is analysed.
	const vocabulary = new Set<string>(synonyms.flat().flatMap(words));
	let collect: ((word: string) => void) | undefined = (word) => vocabulary.add(word);
	const analyzer = createAnalyzer(synonyms, (word) => collect?.(word));
	const builder = new PostingsBuilder();
	const phrasingTerms: { entry: number; terms: readonly string[] }[] = [];
	const phrasingsUsing = new Map<string, number>();

	entries.forEach((entry, index) => {
		// A term in most of an entry's phrasings is what the entry is about; one in a single
		// alternate is incidental. This separates "does exercise reduce inflammation" from
		// "which exercise reduces inflammation the most".
		phrasingsUsing.clear();
		const asked = [entry.question, ...entry.alternates];
		for (const phrasing of asked) {
			const terms = unique(analyzer.terms(phrasing));
			phrasingTerms.push({ entry: index, terms });
			for (const term of terms) phrasingsUsing.set(term, (phrasingsUsing.get(term) ?? 0) + 1);
		}
		phrasingsUsing.forEach((count, term) => builder.raise(term, FIELD_WEIGHT.phrasing * (1 - ABOUTNESS + (ABOUTNESS * count) / asked.length)));
		for (const tag of entry.tags) for (const term of analyzer.terms(tag)) builder.raise(term, FIELD_WEIGHT.tag);
		for (const term of analyzer.terms(entry.answer)) builder.raise(term, FIELD_WEIGHT.answer);
		builder.endEntry(index);
	});
	const postings = builder.build();
	collect = undefined;

	const total = entries.length;
	const idf = new Map<string, number>();
	for (const [term, list] of postings) idf.set(term, Math.log(1 + total / list.entries.length));

	const phrasingPostings = new Map<string, number[]>();
	const phrasings = phrasingTerms.map(({ entry, terms }, index) => {
		let mass = 0;
		for (const term of terms) {
			mass += idf.get(term) ?? 0;
			const list = phrasingPostings.get(term);
			if (list) list.push(index);
			else phrasingPostings.set(term, [index]);
		}
		return { entry, mass };
	});

	const subject = new Set<string>([
		...subjectWords.flatMap((word) => analyzer.terms(word)),
		...[...postings].filter(([, { weights }]) => weights.length >= SUBJECT_SHARE * total && countAtLeast(weights, FIELD_WEIGHT.phrasing * (1 - ABOUTNESS)) >= SUBJECT_SHARE * total).map(([term]) => term),
	]);

	return {
		entries,
		analyzer,
		vocabulary: [...vocabulary].sort(),
		subject,
		typos: createTypoCorrector(vocabulary, { keep: STOPWORDS }),
		postings,
		idf,
		unknownIdf: Math.log(1 + total),
		phrasingPostings,
		phrasings,
		scratch: { covered: new Float64Array(total), shared: new Float64Array(phrasings.length), bestDice: new Float64Array(total) },
	};
}

function countAtLeast(values: Float64Array, floor: number): number {
	let count = 0;
	for (const value of values) if (value >= floor) count += 1;
	return count;
}

/** A phrasing's terms without repeats; phrasings are a handful of words, so a scan beats a Set. */
function unique(terms: readonly string[]): string[] {
	return terms.filter((term, i) => terms.indexOf(term) === i);
}
