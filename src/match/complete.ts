import type { SearchIndex } from './index.js';

/**
 * "does hii" → "does hiit": an unfinished last word becomes the word of the FAQ it begins that the
 * most entries use. A last word the FAQ already has is left alone.
 */
export function completeLastWord(index: SearchIndex, partial: string): string {
	const last = /(\p{L}{2,})$/u.exec(partial.toLowerCase())?.[1];
	if (last === undefined) return partial;
	const completions = wordsStartingWith(index.vocabulary, last);
	if (completions.length === 0 || completions[0] === last) return partial;
	const commonness = (word: string) => index.idf.get(index.analyzer.terms(word)[0] ?? '') ?? Number.POSITIVE_INFINITY;
	const best = completions.reduce((a, b) => (commonness(b) < commonness(a) ? b : a));
	return `${partial.slice(0, partial.length - last.length)}${best}`;
}

/** The words of a sorted list that start with `prefix`, found by binary search. */
function wordsStartingWith(sorted: readonly string[], prefix: string): string[] {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (sorted[middle]! < prefix) low = middle + 1;
		else high = middle;
	}
	const found: string[] = [];
	for (let i = low; i < sorted.length && sorted[i]!.startsWith(prefix); i++) found.push(sorted[i]!);
	return found;
}
