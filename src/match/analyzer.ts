import { stemmer } from 'stemmer';
import { words } from './normalise.js';
import { STOPWORDS } from './stopwords.js';

/**
 * Text → the terms the index compares: stems, with the FAQ's domain synonyms folded onto one term
 * ("workout", "training", "gym" → "exercis") and stopwords removed.
 */
export interface Analyzer {
	terms(text: string, correct?: (word: string) => string): string[];
	/** The terms of words already split by `words()`, for callers that need the words too. */
	termsOfWords(words: readonly string[]): string[];
}

export function createAnalyzer(synonymGroups: readonly (readonly string[])[]): Analyzer {
	const phrases = new Map<string, { from: string[]; to: string[] }[]>();
	for (const [canonical, ...others] of synonymGroups) {
		if (canonical === undefined) continue;
		const to = stems(words(canonical));
		for (const other of others) {
			const from = stems(words(other));
			const head = from[0];
			if (head === undefined) continue;
			const list = phrases.get(head) ?? [];
			list.push({ from, to });
			// Longest phrase first, so "high intensity interval training" wins over "interval training".
			list.sort((a, b) => b.from.length - a.from.length);
			phrases.set(head, list);
		}
	}

	const termsOfWords = (raw: readonly string[]): string[] => {
		const out: string[] = [];
		for (let i = 0; i < raw.length; ) {
			const stem = stemOf(raw[i]!);
			const candidates = phrases.get(stem);
			const hit = candidates?.find(({ from }) => from.every((part, k) => k === 0 || (raw[i + k] !== undefined && stemOf(raw[i + k]!) === part)));
			if (hit) {
				for (const term of hit.to) if (!STOPPED.has(term)) out.push(term);
				i += hit.from.length;
			} else {
				if (!STOPPED.has(stem)) out.push(stem);
				i += 1;
			}
		}
		return out;
	};

	return {
		termsOfWords,
		terms: (text, correct) => termsOfWords(correct ? words(text).map(correct) : words(text)),
	};
}

const STOPPED: ReadonlySet<string> = new Set([...STOPWORDS].map((word) => stemmer(word)));

/** Stemming dominates indexing a large FAQ, and a vocabulary is small next to its text. */
const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 200_000;

function stemOf(word: string): string {
	let stem = stemCache.get(word);
	if (stem === undefined) {
		stem = stemmer(word);
		if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
		stemCache.set(word, stem);
	}
	return stem;
}

function stems(list: readonly string[]): string[] {
	return list.map(stemOf);
}
