import { isEnglishWord } from './english.js';

/**
 * Typo tolerance: a word the FAQ never uses is replaced by the closest word it does use, within a
 * small edit distance, so a real word the FAQ lacks ("meaning") is not bent into one it has
 * ("making"). Only words with the same initial and a length within reach are compared (typos
 * rarely hit the first letter), which keeps a 20,000-word vocabulary fast without a fuzzy-search
 * index, and answers are cached because members repeat their typos.
 */
export interface TypoCorrector {
	correct(word: string): string;
	/**
	 * A question's words, corrected; a run-together pair of known words is split ("antiinflammatory"
	 * → "anti inflammatory"). At most `budget.left` new misspellings are looked up, and the budget is
	 * spent: a long message of gibberish must not cost a search per word, and a real question has
	 * few typos.
	 */
	correctAll(words: readonly string[], budget: { left: number }): string[];
}

const MIN_LENGTH = 4;
/** The shortest part a run-together word is split into. */
const MIN_PART = 3;
const CACHE_LIMIT = 10_000;

export interface TypoOptions {
	/** Words never corrected (stopwords: "tho" must not become "two"). */
	readonly keep: ReadonlySet<string>;
	/** The most edits a correction may make; by default 1 up to five letters, else 2. */
	readonly maxEdits?: (length: number) => number;
}

const defaultMaxEdits = (length: number) => (length <= 5 ? 1 : 2);

export function createTypoCorrector(vocabulary: Iterable<string>, { keep, maxEdits = defaultMaxEdits }: TypoOptions): TypoCorrector {
	const known = new Set(vocabulary);
	/** Candidates by initial letter and length: `${initial}${length}` → words. */
	const buckets = new Map<string, string[]>();
	for (const word of known) {
		if (word.length < MIN_LENGTH - 1 || /\d/.test(word)) continue;
		const key = `${word[0]}${word.length}`;
		const bucket = buckets.get(key);
		if (bucket) bucket.push(word);
		else buckets.set(key, [word]);
	}
	const cache = new Map<string, string>();

	const closest = (word: string): string => {
		const allowed = maxEdits(word.length);
		let best = word;
		let bestCost = allowed + 1;
		for (let length = word.length - allowed; length <= word.length + allowed; length++) {
			for (const candidate of buckets.get(`${word[0]}${length}`) ?? []) {
				// On a tie, the word with the same letters wins: "pian" is "pain" swapped, not "plan".
				const cost = editDistance(word, candidate, allowed) + (sameLetters(word, candidate) ? 0 : 0.5);
				if (cost < bestCost || (cost === bestCost && candidate < best)) [best, bestCost] = [candidate, cost];
			}
		}
		return best;
	};

	const settled = (word: string) =>
		word.length < MIN_LENGTH || known.has(word) || keep.has(word) || /\d/.test(word) || isEnglishWord(word);

	/** "antiinflammatory" → "anti inflammatory": two known words, neither a scrap of a few letters. */
	const split = (word: string): string | undefined => {
		for (let at = MIN_PART; at <= word.length - MIN_PART; at++) {
			const [head, tail] = [word.slice(0, at), word.slice(at)];
			if ((known.has(head) || keep.has(head)) && known.has(tail)) return `${head} ${tail}`;
		}
		return undefined;
	};

	const correctAll = (words: readonly string[], budget: { left: number }): string[] =>
		words.flatMap((word) => {
			if (settled(word)) return [word];
			let corrected = cache.get(word);
			if (corrected === undefined) {
				if (budget.left <= 0) return [word];
				budget.left -= 1;
				corrected = split(word) ?? closest(word);
				if (cache.size >= CACHE_LIMIT) cache.clear();
				cache.set(word, corrected);
			}
			return corrected.includes(' ') ? corrected.split(' ') : [corrected];
		});

	return {
		correct: (word) => correctAll([word], { left: 1 }).join(' '),
		correctAll,
	};
}

function sameLetters(a: string, b: string): boolean {
	return a.length === b.length && [...a].sort().join('') === [...b].sort().join('');
}

/** Optimal-string-alignment distance (a swap of neighbours costs 1), giving up past `max`. */
export function editDistance(a: string, b: string, max: number): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	let previous2: number[] = [];
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		let rowMin = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous2[j - 2]! + 1);
			current.push(value);
			rowMin = Math.min(rowMin, value);
		}
		if (rowMin > max) return max + 1;
		[previous2, previous] = [previous, current];
	}
	return previous[b.length]!;
}
