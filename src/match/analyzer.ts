import { stemmer } from 'stemmer';
import { words } from './normalise.js';
import { isAgeAndSex, NOT_STOPWORDS, STOPWORDS } from './stopwords.js';

/**
 * Text → the terms the index compares: stems, with the FAQ's domain synonyms folded onto one term
 * ("workout", "training", "gym" → "exercis") and stopwords removed.
 */
export interface Analyzer {
	terms(text: string, correct?: (words: readonly string[]) => string[]): string[];
	/** The terms of words already split (and corrected). */
	termsOfWords(words: readonly string[]): string[];
}

interface Phrase {
	readonly from: readonly string[];
	readonly to: readonly string[];
	/**
	 * Whether it starts with a stopword ("now and then", "going down"): a word starts it only if it is
	 * a stopword too, so "quite", which stems as "quit" does, never starts "quit".
	 */
	readonly stopwordFirst: boolean;
}

/** `onNewWord` hears each distinct word the analyzer meets, once (again after its cache is cleared). */
export function createAnalyzer(synonymGroups: readonly (readonly string[])[], onNewWord?: (word: string) => void): Analyzer {
	const phrases = new Map<string, Phrase[]>();
	for (const [canonical, ...others] of synonymGroups) {
		if (canonical === undefined) continue;
		const to = stems(words(canonical));
		for (const other of others) {
			const written = words(other);
			const from = stems(written);
			const head = from[0];
			if (head === undefined) continue;
			const list = phrases.get(head) ?? [];
			list.push({ from, to, stopwordFirst: isStopword(written[0]!, head) });
			// Longest phrase first, so "high intensity interval training" wins over "interval training".
			list.sort((a, b) => b.from.length - a.from.length);
			phrases.set(head, list);
		}
	}

	// Indexing a large FAQ analyses millions of words but few distinct ones: each distinct word is
	// stemmed and looked up once.
	interface WordInfo {
		readonly stem: string;
		readonly stopped: boolean;
		readonly phrases: readonly Phrase[] | undefined;
	}
	const known = new Map<string, WordInfo>();
	const infoOf = (word: string): WordInfo => {
		let info = known.get(word);
		if (info === undefined) {
			const stem = stemmer(word);
			info = { stem, stopped: isStopword(word, stem) || isAgeAndSex(word), phrases: phrases.get(stem) };
			if (known.size >= WORD_CACHE_LIMIT) known.clear();
			known.set(word, info);
			onNewWord?.(word);
		}
		return info;
	};

	const termsOfWords = (raw: readonly string[]): string[] => {
		const out: string[] = [];
		for (let i = 0; i < raw.length; ) {
			const info = infoOf(raw[i]!);
			const hit = info.phrases?.find(
				({ from, stopwordFirst }) => stopwordFirst === info.stopped && from.every((part, k) => k === 0 || (raw[i + k] !== undefined && infoOf(raw[i + k]!).stem === part)),
			);
			if (hit) {
				for (const term of hit.to) if (!STOPPED.has(term)) out.push(term);
				i += hit.from.length;
			} else {
				if (!info.stopped) out.push(info.stem);
				i += 1;
			}
		}
		return out;
	};

	return {
		terms: (text, correct) => termsOfWords(correct ? correct(words(text)) : words(text)),
		termsOfWords,
	};
}

const STOPPED: ReadonlySet<string> = new Set([...STOPWORDS].map((word) => stemmer(word)));

function isStopword(word: string, stem: string): boolean {
	return STOPPED.has(stem) && !NOT_STOPWORDS.has(word);
}

const WORD_CACHE_LIMIT = 200_000;

function stems(list: readonly string[]): string[] {
	return list.map((word) => stemmer(word));
}
