import type { Entry, Faq } from '../faq/model.js';
import { createAnalyzer, type Analyzer } from './analyzer.js';
import type { AnalysedFaq, IndexOptions } from './analysed.js';
import { learnFromAsked, type AskedModel } from './asked.js';
import type { ByteCache } from './byte-cache.js';
import { cacheKey, decodeAnalysed, encodeAnalysed } from './index-cache.js';
import { words } from './normalise.js';
import { PostingsBuilder, type Postings } from './postings.js';
import { createTypoCorrector, type TypoCorrector } from './typos.js';
import { STOPWORDS } from './stopwords.js';
import type { MatcherOptions } from './options.js';

/** Everything needed to score a question against the FAQ, built once per pack. */
export interface UncoveredSubject {
	readonly phrase: string;
	/** Its words, as a member types them: matched word for word, so "fast" is not "fasting". */
	readonly words: readonly string[];
	/** Its terms, to tell whether an entry names it. */
	readonly terms: readonly string[];
}

export interface SearchIndex {
	readonly entries: readonly Entry[];
	readonly analyzer: Analyzer;
	readonly typos: TypoCorrector;
	readonly postings: ReadonlyMap<string, Postings>;
	readonly idf: ReadonlyMap<string, number>;
	/** The weight of a question term the FAQ never uses: as rare as the rarest known term. */
	readonly unknownIdf: number;
	/** term → the phrasings (question or alternate) that use it. */
	readonly phrasingPostings: ReadonlyMap<string, readonly number[]>;
	/** For each phrasing: its entry and its total idf mass. */
	readonly phrasings: readonly { readonly entry: number; readonly mass: number }[];
	/** Every word the FAQ uses, sorted, for completing a half-typed word. */
	readonly vocabulary: readonly string[];
	/** What the FAQ is about: the pack's subject words, and terms nearly every entry is asked with. */
	readonly subject: ReadonlySet<string>;
	/** What the FAQ does not cover: the pack's `uncovered` phrases, by their first word. */
	readonly uncovered: ReadonlyMap<string, readonly UncoveredSubject[]>;
	/** Which entry members mean by which words, learned from the phrasings and the questions members asked. */
	readonly asked: AskedModel;
	/** Per-question accumulators, reused (and left zeroed) by every search on this index. */
	readonly scratch: { readonly covered: Float64Array; readonly shared: Float64Array; readonly bestDice: Float64Array };
}


/** Analyses the FAQ's text with a new analyzer, which it returns for questions to be read the same way. */
export function analyseFaq(entries: readonly Entry[], synonyms: readonly (readonly string[])[], options: IndexOptions): { analysed: AnalysedFaq; analyzer: Analyzer } {
	const { fieldWeight, aboutness } = options;
	// Every distinct word the FAQ uses is a word a typo may be meant as. Only the FAQ's own words:
	// collecting stops once it is indexed, before any question is analysed.
	const vocabulary = new Set<string>(synonyms.flat().flatMap(words));
	let collect: ((word: string) => void) | undefined = (word) => vocabulary.add(word);
	const analyzer = createAnalyzer(synonyms, (word) => collect?.(word));
	const builder = new PostingsBuilder();
	const phrasings: { entry: number; terms: readonly string[] }[] = [];
	const phrasingsUsing = new Map<string, number>();

	entries.forEach((entry, index) => {
		// A term in most of an entry's phrasings is what the entry is about; one in a single
		// alternate is incidental. This separates "does exercise reduce inflammation" from
		// "which exercise reduces inflammation the most".
		phrasingsUsing.clear();
		const asked = [entry.question, ...entry.alternates];
		for (const phrasing of asked) {
			const terms = unique(analyzer.terms(phrasing));
			phrasings.push({ entry: index, terms });
			for (const term of terms) phrasingsUsing.set(term, (phrasingsUsing.get(term) ?? 0) + 1);
		}
		phrasingsUsing.forEach((count, term) => builder.raise(term, fieldWeight.phrasing * (1 - aboutness + (aboutness * count) / asked.length)));
		for (const tag of entry.tags) for (const term of analyzer.terms(tag)) builder.raise(term, fieldWeight.tag);
		for (const term of analyzer.terms(entry.answer)) builder.raise(term, fieldWeight.answer);
		builder.endEntry(index);
	});
	const postings = builder.build();
	collect = undefined;
	return { analysed: { vocabulary: [...vocabulary].sort(), postings, phrasings }, analyzer };
}

/**
 * The index of a pack. Analysing a 10,000-entry FAQ's text takes about a second, and counting
 * thousands of asked questions a tenth of one; with caches, what has not changed since the last
 * run is read back instead, in a fraction of that.
 */
export function buildIndex(
	faq: Pick<Faq, 'entries' | 'synonyms' | 'asked'> & { readonly pack: { readonly subject: readonly string[]; readonly uncovered: readonly string[] } },
	options: IndexOptions & Pick<MatcherOptions, 'maxTypoSearches'>,
	caches: { readonly index?: ByteCache | undefined; readonly asked?: ByteCache | undefined } = {},
): SearchIndex {
	const cache = caches.index;
	const { entries, synonyms, pack } = faq;
	const key = cache && cacheKey(entries, synonyms, options);
	const stored = key === undefined ? undefined : cache?.read(key);
	const reused = stored && decodeAnalysed(stored);
	const { analysed, analyzer } = reused ? { analysed: reused, analyzer: createAnalyzer(synonyms) } : analyseFaq(entries, synonyms, options);
	if (key !== undefined && !reused) cache?.write(key, encodeAnalysed(analysed));
	const index = assembleIndex(entries, analyzer, analysed, pack, options);
	return { ...index, asked: learnFromAsked(index, faq.asked, { synonyms, uncovered: pack.uncovered, maxTypoSearches: options.maxTypoSearches }, caches.asked) };
}

/** The index of a pack: its analysed text (built, or reused from disk) and what is derived from it cheaply. */
function assembleIndex(
	entries: readonly Entry[],
	analyzer: Analyzer,
	analysed: AnalysedFaq,
	scope: { readonly subject: readonly string[]; readonly uncovered: readonly string[] },
	options: IndexOptions,
): Omit<SearchIndex, 'asked'> {
	const { fieldWeight, aboutness, subjectShare } = options;
	const { postings, vocabulary } = analysed;
	const total = entries.length;
	const idf = new Map<string, number>();
	const rarity = (entriesUsing: number) => Math.log(1 + total / entriesUsing) ** options.rarityExponent;
	for (const [term, list] of postings) idf.set(term, rarity(list.entries.length));

	const phrasingPostings = new Map<string, number[]>();
	const phrasings = analysed.phrasings.map(({ entry, terms }, index) => {
		let mass = 0;
		for (const term of terms) {
			mass += idf.get(term) ?? 0;
			const list = phrasingPostings.get(term);
			if (list) list.push(index);
			else phrasingPostings.set(term, [index]);
		}
		return { entry, mass };
	});

	const subject = new Set<string>([
		...scope.subject.flatMap((word) => analyzer.terms(word)),
		...[...postings].filter(([, { weights }]) => weights.length >= subjectShare * total && countAtLeast(weights, fieldWeight.phrasing * (1 - aboutness)) >= subjectShare * total).map(([term]) => term),
	]);

	return {
		entries,
		analyzer,
		vocabulary,
		subject,
		// A phrase of stopwords alone has no terms an entry could name: it is left out.
		uncovered: byFirstWord(scope.uncovered.map((phrase) => ({ phrase, words: words(phrase), terms: analyzer.terms(phrase) })).filter(({ terms }) => terms.length > 0)),
		// Uncovered words are real words to correct towards ("ibuprofin"), never away from.
		typos: createTypoCorrector([...vocabulary, ...scope.uncovered.flatMap(words)], { keep: STOPWORDS }),
		postings,
		idf,
		unknownIdf: rarity(1),
		phrasingPostings,
		phrasings,
		scratch: { covered: new Float64Array(total), shared: new Float64Array(phrasings.length), bestDice: new Float64Array(total) },
	};
}

/**
 * Whether an entry names a term where it says what it is about (its questions, alternates or tags),
 * not merely in passing in its answer. Postings are in entry order, so a binary search finds it.
 */
function entryNames(index: SearchIndex, entry: number, term: string, answerWeight: number): boolean {
	const postings = index.postings.get(term);
	if (!postings) return false;
	const { entries, weights } = postings;
	let low = 0;
	let high = entries.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (entries[middle]! < entry) low = middle + 1;
		else high = middle;
	}
	return entries[low] === entry && weights[low]! > answerWeight;
}

/**
 * Whether an entry names a subject, and so may answer questions about it: says its one term beyond
 * its answer, or all its terms in one question or alternate. Terms scattered over several ("meal …"
 * in one alternate, "… all the time" in another) do not name "meal timing".
 */
export function entryNamesSubject(index: SearchIndex, entry: number, terms: readonly string[], answerWeight: number): boolean {
	const [first, ...rest] = terms;
	if (first === undefined) return false;
	if (rest.length === 0) return entryNames(index, entry, first, answerWeight);
	return (index.phrasingPostings.get(first) ?? []).some(
		(phrasing) => index.phrasings[phrasing]!.entry === entry && rest.every((term) => index.phrasingPostings.get(term)?.includes(phrasing)),
	);
}

/** Subjects by their first word, as `subjectsSaid` looks them up; a subject without words is left out. */
export function byFirstWord<Subject extends { readonly words: readonly string[] }>(subjects: readonly Subject[]): Map<string, Subject[]> {
	const map = new Map<string, Subject[]>();
	for (const subject of subjects) {
		const first = subject.words[0];
		if (first !== undefined) map.set(first, [...(map.get(first) ?? []), subject]);
	}
	return map;
}

/** The forms a word of a subject may take in a message: as written, or plural ("sauna", "saunas", "remedies"). */
function sameWord(written: string, word: string): boolean {
	return written === word || written === `${word}s` || written === `${word}es` || (word.endsWith('y') && written === `${word.slice(0, -1)}ies`);
}

/** The subjects, by their first word, that `typed` says word for word (a plural counts too). */
export function subjectsSaid<Subject extends { readonly words: readonly string[] }>(typed: readonly string[], byFirst: ReadonlyMap<string, readonly Subject[]>): Subject[] {
	const said: Subject[] = [];
	typed.forEach((word, at) => {
		for (const first of singulars(word)) {
			for (const subject of byFirst.get(first) ?? []) if (subject.words.every((part, k) => typed[at + k] !== undefined && sameWord(typed[at + k]!, part))) said.push(subject);
		}
	});
	return said;
}

/** The singular a plural may stand for, to look a subject up by its first word. */
function singulars(written: string): string[] {
	const forms = [written];
	if (written.endsWith('ies')) forms.push(`${written.slice(0, -3)}y`);
	if (written.endsWith('es')) forms.push(written.slice(0, -2));
	if (written.endsWith('s')) forms.push(written.slice(0, -1));
	return forms;
}

function countAtLeast(values: Float64Array, floor: number): number {
	let count = 0;
	for (const value of values) if (value >= floor) count += 1;
	return count;
}

/** A phrasing's terms without repeats; phrasings are a handful of words, so a scan beats a Set. */
function unique(terms: readonly string[]): string[] {
	return terms.filter((term, i) => terms.indexOf(term) === i);
}
