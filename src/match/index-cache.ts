import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Entry } from '../faq/model.js';
import type { AnalysedFaq, IndexOptions } from './analysed.js';
import { frame, unframe } from './byte-cache.js';
import type { Postings } from './postings.js';

/**
 * An analysed FAQ as bytes, to keep on disk: a JSON header with the strings, then the postings and
 * the phrasings' terms as typed arrays. Reading it back costs a JSON parse and a few Maps, instead
 * of splitting and stemming every word of every answer again.
 */

/** Raised whenever the layout below or what the analysis produces changes, so old files are ignored. */
const FORMAT = 3;

/** The same entries, synonyms and index settings give the same key; anything else, another. */
export function cacheKey(entries: readonly Entry[], synonyms: readonly (readonly string[])[], options: IndexOptions): string {
	const hash = createHash('sha256');
	hash.update(JSON.stringify([FORMAT, synonyms, options.fieldWeight, options.aboutness]));
	for (const { question, alternates, tags, answer } of entries) hash.update(JSON.stringify([question, alternates, tags, answer]));
	return hash.digest('hex').slice(0, 32);
}

const headerSchema = z.strictObject({
	format: z.literal(FORMAT),
	vocabulary: z.array(z.string()),
	terms: z.array(z.string()),
	pairs: z.number().int().nonnegative(),
	phrasings: z.number().int().nonnegative(),
	phrasingTerms: z.number().int().nonnegative(),
});

export function encodeAnalysed({ vocabulary, postings, phrasings }: AnalysedFaq): Uint8Array {
	const terms = [...postings.keys()];
	const termIds = new Map(terms.map((term, id) => [term, id]));
	const pairs = terms.reduce((sum, term) => sum + postings.get(term)!.entries.length, 0);
	const phrasingTerms = phrasings.reduce((sum, { terms: used }) => sum + used.length, 0);
	const layout = arrays(terms.length, pairs, phrasings.length, phrasingTerms);
	const header = { format: FORMAT, vocabulary: [...vocabulary], terms, pairs, phrasings: phrasings.length, phrasingTerms } satisfies z.infer<typeof headerSchema>;
	const { bytes, bodyStart } = frame(header, layout.size);
	const views = layout.views(bytes.buffer, bodyStart);

	let at = 0;
	terms.forEach((term, id) => {
		const { entries, weights } = postings.get(term)!;
		views.termStarts[id] = at;
		views.entries.set(entries, at);
		views.weights.set(weights, at);
		at += entries.length;
	});
	views.termStarts[terms.length] = at;

	let used = 0;
	phrasings.forEach(({ entry, terms: phrasingTerms }, i) => {
		views.phrasingEntries[i] = entry;
		views.phrasingStarts[i] = used;
		for (const term of phrasingTerms) views.phrasingTermIds[used++] = termIds.get(term) ?? -1;
	});
	views.phrasingStarts[phrasings.length] = used;
	return bytes;
}

/** The analysed FAQ in these bytes, or undefined when they are not a file this version wrote. */
export function decodeAnalysed(bytes: Uint8Array): AnalysedFaq | undefined {
	try {
		const { header: raw, body } = unframe(bytes);
		const header = headerSchema.safeParse(raw);
		if (!header.success) return undefined;
		const { vocabulary, terms, pairs, phrasings, phrasingTerms } = header.data;
		const layout = arrays(terms.length, pairs, phrasings, phrasingTerms);
		if (body.byteLength !== layout.size) return undefined;
		const views = layout.views(body, 0);

		const postings = new Map<string, Postings>();
		terms.forEach((term, id) => {
			const [from, to] = [views.termStarts[id]!, views.termStarts[id + 1]!];
			postings.set(term, { entries: views.entries.subarray(from, to), weights: views.weights.subarray(from, to) });
		});
		const analysedPhrasings = Array.from({ length: phrasings }, (_, i) => ({
			entry: views.phrasingEntries[i]!,
			terms: Array.from(views.phrasingTermIds.subarray(views.phrasingStarts[i]!, views.phrasingStarts[i + 1]!), (id) => terms[id]!),
		}));
		return { vocabulary, postings, phrasings: analysedPhrasings };
	} catch {
		return undefined;
	}
}

/** The typed arrays after the header, in order: weights first, as 8-byte values need 8-byte alignment. */
function arrays(terms: number, pairs: number, phrasings: number, phrasingTerms: number) {
	const sizes = { weights: pairs * 8, termStarts: (terms + 1) * 4, entries: pairs * 4, phrasingEntries: phrasings * 4, phrasingStarts: (phrasings + 1) * 4, phrasingTermIds: phrasingTerms * 4 };
	return {
		size: Object.values(sizes).reduce((sum, size) => sum + size, 0),
		views(buffer: ArrayBufferLike, start: number) {
			let at = start;
			const next = <T>(make: (offset: number) => T, size: number): T => {
				const made = make(at);
				at += size;
				return made;
			};
			return {
				weights: next((o) => new Float64Array(buffer, o, pairs), sizes.weights),
				termStarts: next((o) => new Int32Array(buffer, o, terms + 1), sizes.termStarts),
				entries: next((o) => new Int32Array(buffer, o, pairs), sizes.entries),
				phrasingEntries: next((o) => new Int32Array(buffer, o, phrasings), sizes.phrasingEntries),
				phrasingStarts: next((o) => new Int32Array(buffer, o, phrasings + 1), sizes.phrasingStarts),
				phrasingTermIds: next((o) => new Int32Array(buffer, o, phrasingTerms), sizes.phrasingTermIds),
			};
		},
	};
}
