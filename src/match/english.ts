import { EVERYDAY_STEMS, FAMILIAR_STEMS, RANKED_WORDS } from './english-words.js';

/**
 * How common a word is in everyday spoken English (SUBTLEX, 74,000 words ranked by frequency in
 * film subtitles). Two uses: a common real word is never "corrected" into an FAQ word, and a
 * common word the FAQ does not use ("whenever", "couple") says far less about a question being
 * off-topic than a rare one ("acne", "creatine").
 *
 * The words come prebuilt (scripts/english-words.ts): reading them from the package took every
 * start ~170 ms, more than answering thousands of questions.
 */

const lines = (text: string) => text.trim().split('\n');

const realWords = new Set(lines(RANKED_WORDS));
const everydayStems = new Set(lines(EVERYDAY_STEMS));
const familiarStems = new Set(lines(FAMILIAR_STEMS));

/** Whether the word is real English, common enough to be meant as typed. */
export function isEnglishWord(word: string): boolean {
	return realWords.has(word);
}

/** How telling a term the FAQ does not use is: everyday, familiar, or rare (or not a word at all). */
export function commonness(stem: string): 'everyday' | 'familiar' | 'rare' {
	if (everydayStems.has(stem)) return 'everyday';
	return familiarStems.has(stem) ? 'familiar' : 'rare';
}
