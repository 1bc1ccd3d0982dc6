import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Entry } from '../faq/model.js';
import type { Analyzer } from './analyzer.js';
import { frame, unframe, type ByteCache } from './byte-cache.js';
import { words } from './normalise.js';
import type { TypoCorrector } from './typos.js';

/** A term of a question and how much it counts. */
interface WeightedTerm {
	readonly term: string;
	readonly weight: number;
}

/** The parts of an index the model learns from: its entries, how it reads text, and its analysed phrasings. */
export interface AnalysedPhrasings {
	readonly entries: readonly Entry[];
	readonly analyzer: Analyzer;
	readonly typos: TypoCorrector;
	/** Every word the FAQ uses: typos are corrected towards them, so they decide how a question reads. */
	readonly vocabulary: readonly string[];
	readonly phrasingPostings: ReadonlyMap<string, readonly number[]>;
	readonly phrasings: readonly { readonly entry: number }[];
}

/**
 * What the questions members really asked say about each entry: how likely an entry is to be the
 * one asked about, given the question's terms. A naive Bayes over the terms of every entry's
 * phrasings and of the questions members asked (asked.txt). Where the lexical score asks how much of
 * the question an entry explains, this asks which entry members meant when they used these words:
 * "torn", "wrecked" or "cooked" point to an entry once members have used them for it, even though
 * no alternate says them.
 */
export interface AskedModel {
	/** Each entry's log-probability of being the one asked about, by entry index. */
	logPosterior(terms: readonly WeightedTerm[]): Float64Array;
}

/**
 * Additive smoothing of term counts. Small, so that a term members use for one entry only speaks
 * for it; above zero, so that one unseen term does not rule an entry out.
 */
const SMOOTHING = 0.1;

/** What decides how the asked questions read, besides the FAQ's vocabulary. */
export interface ReadingInputs {
	readonly synonyms: readonly (readonly string[])[];
	readonly uncovered: readonly string[];
	readonly maxTypoSearches: number;
}

/** How often each term was used in the asked questions, by entry id, as flat (term, id, times) triples. */
interface AskedCounts {
	readonly terms: readonly string[];
	readonly ids: readonly string[];
	readonly triples: Int32Array;
}

/**
 * The asked questions' term counts, kept per pack. The pack check builds the index again once per
 * alternate of an entry that took a question, and reading thousands of questions every time kept
 * a moderator waiting most of a minute. Those rebuilds share the pack's asked questions, synonyms
 * and uncovered subjects and differ by one alternate, so the counts are reused. Dropping that
 * alternate may drop a word from the vocabulary that typos are corrected towards; whether an
 * alternate takes a question does not hinge on how a misspelled example reads. So a caller that
 * builds an index from a pack's asked map with other entries gets the counts as first read.
 */
const counted = new WeakMap<ReadonlyMap<string, readonly string[]>, { readonly inputs: ReadingInputs; readonly counts: AskedCounts }>();

function countAsked(index: AnalysedPhrasings, asked: ReadonlyMap<string, readonly string[]>, inputs: ReadingInputs, cache: ByteCache | undefined): AskedCounts {
	const kept = counted.get(asked);
	if (kept && kept.inputs.synonyms === inputs.synonyms && kept.inputs.uncovered === inputs.uncovered && kept.inputs.maxTypoSearches === inputs.maxTypoSearches) return kept.counts;
	// Reading 7,000 questions is a tenth of a second of every start; an unchanged pack reads them back.
	const key = cache && asked.size > 0 ? countsKey(index, asked, inputs) : undefined;
	const stored = key === undefined ? undefined : decodeCounts(cache?.read(key));
	const counts = stored ?? readAsked(index, asked, inputs);
	if (key !== undefined && !stored) cache?.write(key, encodeCounts(counts));
	counted.set(asked, { inputs, counts });
	return counts;
}

function readAsked(index: AnalysedPhrasings, asked: ReadonlyMap<string, readonly string[]>, inputs: ReadingInputs): AskedCounts {
	const ids = [...asked.keys()];
	const termIds = new Map<string, number>();
	// One number per (term, id) pair: thousands of small maps would outlive the start-up as garbage.
	const times = new Map<number, number>();
	ids.forEach((id, idIndex) => {
		for (const question of asked.get(id)!) {
			// Read as a question is read, typos corrected, so that a member's "inflamation" counts.
			for (const term of new Set(index.analyzer.termsOfWords(index.typos.correctAll(words(question), { left: inputs.maxTypoSearches })))) {
				const termId = termIds.get(term) ?? termIds.set(term, termIds.size).get(term)!;
				const pair = termId * ids.length + idIndex;
				times.set(pair, (times.get(pair) ?? 0) + 1);
			}
		}
	});
	const triples = new Int32Array(times.size * 3);
	let at = 0;
	for (const [pair, n] of times) {
		triples[at++] = Math.floor(pair / ids.length);
		triples[at++] = pair % ids.length;
		triples[at++] = n;
	}
	return { terms: [...termIds.keys()], ids, triples };
}

/** Raised whenever the encoding or how questions are read changes, so old files are ignored. */
const COUNTS_FORMAT = 4;

/** The same questions read the same way give the same key; anything else, another. */
function countsKey(index: AnalysedPhrasings, asked: ReadonlyMap<string, readonly string[]>, { synonyms, uncovered, maxTypoSearches }: ReadingInputs): string {
	const hash = createHash('sha256');
	hash.update(JSON.stringify([COUNTS_FORMAT, synonyms, uncovered, maxTypoSearches, index.vocabulary]));
	for (const entry of asked) hash.update(JSON.stringify(entry));
	return `asked-${hash.digest('hex').slice(0, 32)}`;
}

/** A header with the strings, then the triples. */
function encodeCounts({ terms, ids, triples }: AskedCounts): Uint8Array {
	const { bytes, bodyStart } = frame({ format: COUNTS_FORMAT, terms, ids, triples: triples.length / 3 }, triples.byteLength);
	bytes.set(new Uint8Array(triples.buffer, triples.byteOffset, triples.byteLength), bodyStart);
	return bytes;
}

/** The counts in these bytes, or undefined when they are not a file this version wrote. */
function decodeCounts(bytes: Uint8Array | undefined): AskedCounts | undefined {
	if (!bytes) return undefined;
	try {
		const { header, body } = unframe(bytes);
		const parsed = countsHeaderSchema.safeParse(header);
		if (!parsed.success || body.byteLength !== parsed.data.triples * 12) return undefined;
		return { terms: parsed.data.terms, ids: parsed.data.ids, triples: new Int32Array(body) };
	} catch {
		return undefined;
	}
}

const countsHeaderSchema = z.strictObject({ format: z.literal(COUNTS_FORMAT), terms: z.array(z.string()), ids: z.array(z.string()), triples: z.number().int().nonnegative() });

export function learnFromAsked(index: AnalysedPhrasings, asked: ReadonlyMap<string, readonly string[]>, inputs: ReadingInputs, cache?: ByteCache): AskedModel {
	const total = index.entries.length;
	const termIds = new Map<string, number>();
	const termId = (term: string) => termIds.get(term) ?? termIds.set(term, termIds.size).get(term)!;
	const times = new Map<number, number>();
	const termsPerEntry = new Float64Array(total);
	const count = (term: number, entry: number, n: number) => {
		const pair = term * total + entry;
		times.set(pair, (times.get(pair) ?? 0) + n);
		termsPerEntry[entry]! += n;
	};
	// The phrasings are already analysed: each of their terms once per phrasing.
	for (const [term, phrasings] of index.phrasingPostings) for (const phrasing of phrasings) count(termId(term), index.phrasings[phrasing]!.entry, 1);
	const entryIndex = new Map(index.entries.map(({ id }, i) => [id, i]));
	const { terms, ids, triples } = countAsked(index, asked, inputs, cache);
	for (let at = 0; at < triples.length; at += 3) {
		const entry = entryIndex.get(ids[triples[at + 1]!]!);
		if (entry !== undefined) count(termId(terms[triples[at]!]!), entry, triples[at + 2]!);
	}
	const vocabulary = termIds.size;
	const unseen = Float64Array.from(termsPerEntry, (n) => Math.log(SMOOTHING / (n + SMOOTHING * vocabulary)));
	// Per term, the entries that use it and what seeing it adds to each over an unseen term, in
	// runs of two flat arrays (term t's run starts at starts[t]).
	const starts = new Int32Array(vocabulary + 1);
	for (const pair of times.keys()) starts[Math.floor(pair / total) + 1]! += 1;
	for (let t = 0; t < vocabulary; t++) starts[t + 1]! += starts[t]!;
	const filled = starts.slice(0, vocabulary);
	const entries = new Int32Array(times.size);
	const gains = new Float64Array(times.size);
	for (const [pair, n] of times) {
		const at = filled[Math.floor(pair / total)]!++;
		entries[at] = pair % total;
		gains[at] = Math.log((n + SMOOTHING) / SMOOTHING);
	}
	return {
		logPosterior(weighted) {
			const scores = new Float64Array(total);
			let known = 0;
			for (const { term, weight } of weighted) {
				const t = termIds.get(term);
				if (t === undefined) continue;
				known += weight;
				for (let at = starts[t]!; at < starts[t + 1]!; at++) scores[entries[at]!]! += weight * gains[at]!;
			}
			let best = -Infinity;
			for (let entry = 0; entry < total; entry++) {
				// Without a known term every entry is as likely (and an empty vocabulary would make this 0 × ∞).
				if (known > 0) scores[entry]! += known * unseen[entry]!;
				if (scores[entry]! > best) best = scores[entry]!;
			}
			let sum = 0;
			for (const score of scores) sum += Math.exp(score - best);
			const normaliser = best + Math.log(sum);
			for (let entry = 0; entry < total; entry++) scores[entry]! -= normaliser;
			return scores;
		},
	};
}
