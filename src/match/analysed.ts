import type { MatcherOptions } from './options.js';
import type { Postings } from './postings.js';

/**
 * What analysing the FAQ's text yields, the expensive part of an index: every distinct word, each
 * term's postings, and each question's and alternate's terms. It depends only on the entries, the
 * synonyms and the field weights, so it can be kept on disk and reused (see index-cache.ts).
 */
export interface AnalysedFaq {
	/** Every word the FAQ uses, sorted. */
	readonly vocabulary: readonly string[];
	readonly postings: ReadonlyMap<string, Postings>;
	/** For each question and alternate, in entry order: its entry and its distinct terms. */
	readonly phrasings: readonly { readonly entry: number; readonly terms: readonly string[] }[];
}

/** The settings an index depends on. */
export type IndexOptions = Pick<MatcherOptions, 'fieldWeight' | 'aboutness' | 'subjectShare' | 'rarityExponent'>;
