import { digest } from '../lib/digest.js';
import type { UnansweredQuestion, UnansweredStatus } from '../store/store.js';

/** Questions the FAQ could not answer that say nearly the same thing, for one decision. */
export interface UnansweredGroup {
	/** A short fingerprint of `text`, to name the group in a Discord component. */
	readonly key: string;
	/** The most asked wording: what becomes an alternate if a moderator accepts the group. */
	readonly text: string;
	/** Every wording in the group, most asked first. */
	readonly texts: readonly string[];
	/** Times any of them was asked. */
	readonly count: number;
	/** "no_match" if any wording got no answer at all, else "ambiguous" (Did you mean…). */
	readonly status: UnansweredStatus;
}

/** Two questions are one group when at least this share of their terms, together, is common to both. */
export const SAME_QUESTION = 0.5;

/**
 * Groups questions by the overlap of their terms (Jaccard similarity of the sets): `termsOf` is the
 * matcher's own analysis (lower case, stems, the FAQ's synonyms folded, filler words dropped), so
 * "is sauna good after a workout" and "Sauna after training good??" share every term. Questions are
 * taken most asked first; each joins the first group whose first question it overlaps enough, or
 * starts one. A question with no terms left groups only with the same words.
 */
export function groupQuestions(questions: readonly UnansweredQuestion[], termsOf: (text: string) => readonly string[]): UnansweredGroup[] {
	const groups: { terms: ReadonlySet<string>; plain: string; texts: string[]; count: number; status: UnansweredStatus }[] = [];
	const ordered = [...questions].sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
	for (const question of ordered) {
		const terms = new Set(termsOf(question.text));
		const plain = question.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
		const group = groups.find((candidate) => (terms.size === 0 ? candidate.terms.size === 0 && candidate.plain === plain : jaccard(candidate.terms, terms) >= SAME_QUESTION));
		if (group) {
			group.texts.push(question.text);
			group.count += question.count;
			if (question.status === 'no_match') group.status = 'no_match';
		} else {
			groups.push({ terms, plain, texts: [question.text], count: question.count, status: question.status });
		}
	}
	return groups
		.map(({ texts, count, status }) => ({ key: groupKey(texts[0]!), text: texts[0]!, texts, count, status }))
		.sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
}

export function groupKey(text: string): string {
	return digest(text).slice(0, 12);
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
	let shared = 0;
	for (const term of a) if (b.has(term)) shared += 1;
	const union = a.size + b.size - shared;
	return union === 0 ? 0 : shared / union;
}
