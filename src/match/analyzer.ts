import { stemmer } from 'stemmer';
import { words } from './normalise.js';
import { STOPWORDS } from './stopwords.js';

/**
 * Text → the terms the index compares: stems, with the FAQ's domain synonyms folded onto one term
 * ("workout", "training", "gym" → "exercis") and stopwords removed.
 */
export interface Analyzer {
	terms(text: string, correct?: (word: string) => string): string[];
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

	return {
		terms(text, correct) {
			const raw = words(text);
			const stemmed = stems(correct ? raw.map(correct) : raw);
			const out: string[] = [];
			for (let i = 0; i < stemmed.length; ) {
				const hit = phrases.get(stemmed[i]!)?.find(({ from }) => from.every((stem, k) => stemmed[i + k] === stem));
				if (hit) {
					out.push(...hit.to);
					i += hit.from.length;
				} else {
					out.push(stemmed[i]!);
					i += 1;
				}
			}
			return out.filter((term) => !STOPPED.has(term));
		},
	};
}

const STOPPED: ReadonlySet<string> = new Set([...STOPWORDS].map((word) => stemmer(word)));

function stems(list: readonly string[]): string[] {
	return list.map((word) => stemmer(word));
}
