import Fuse from 'fuse.js';

/**
 * Typo tolerance: a word the FAQ never uses is replaced by the closest word it does use, found by
 * fuse.js. Only same-initial words are compared (typos rarely hit the first letter), which keeps a
 * 10,000-entry vocabulary fast, and answers are cached because members repeat their typos.
 */
export interface TypoCorrector {
	correct(word: string): string;
}

const MIN_LENGTH = 4;
const MAX_DISTANCE = 0.34;
const CACHE_LIMIT = 10_000;

export function createTypoCorrector(vocabulary: Iterable<string>): TypoCorrector {
	const known = new Set(vocabulary);
	const byInitial = new Map<string, string[]>();
	for (const word of known) {
		if (word.length < MIN_LENGTH - 1) continue;
		const bucket = byInitial.get(word[0]!) ?? [];
		bucket.push(word);
		byInitial.set(word[0]!, bucket);
	}
	const fuses = new Map(
		[...byInitial].map(([initial, bucket]) => [
			initial,
			new Fuse(bucket, { includeScore: true, threshold: MAX_DISTANCE, ignoreLocation: true, isCaseSensitive: true }),
		]),
	);
	const cache = new Map<string, string>();

	return {
		correct(word) {
			if (word.length < MIN_LENGTH || known.has(word) || /\d/.test(word)) return word;
			const cached = cache.get(word);
			if (cached !== undefined) return cached;
			const best = fuses.get(word[0]!)?.search(word, { limit: 5 })
				.filter((hit) => Math.abs(hit.item.length - word.length) <= 2)
				.sort((a, b) => (a.score ?? 1) - (b.score ?? 1))[0];
			const corrected = best ? best.item : word;
			if (cache.size >= CACHE_LIMIT) cache.clear();
			cache.set(word, corrected);
			return corrected;
		},
	};
}
