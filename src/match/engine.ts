import Fuse from 'fuse.js';
import type { Entry, Faq } from '../faq/model.js';
import { completeLastWord } from './complete.js';
import { decide } from './decide.js';
import { buildIndex, type SearchIndex } from './index.js';
import { queryTerms, roundScore, scoreEntries } from './score.js';
import { triage } from './triage.js';
import type { Match, Suggestion } from './types.js';

/** Longest question accepted; longer input is refused before any work is done on it. */
export const DEFAULT_MAX_QUESTION_LENGTH = 500;

/**
 * fuse.js over every question and alternate is cheap for a community FAQ and too slow for a
 * keystroke past a few thousand entries (over a second at 10,000); there the matcher alone answers.
 */
const FUZZY_FILL_MAX_ENTRIES = 2_000;

/** How many ranked entries a verdict looks at: the best, its rivals and the suggestions. */
const RANKED = 8;

export interface Engine {
	readonly faq: Faq;
	/** The verdict for a member's question: triage first, then matching. */
	ask(question: string): Match;
	/** Entries for an autocomplete box, best first; the first entries when nothing is typed. */
	suggest(partial: string, limit: number): Suggestion[];
}

export function createEngine(faq: Faq, maxQuestionLength = DEFAULT_MAX_QUESTION_LENGTH): Engine {
	const index = buildIndex(faq.entries, faq.synonyms, faq.pack.subject);
	const suggest = createSuggester(index);
	return {
		faq,
		ask(raw) {
			const question = raw.trim();
			if (question === '') return { status: 'invalid', question, reason: 'empty', limit: maxQuestionLength };
			if (question.length > maxQuestionLength) {
				return { status: 'invalid', question: question.slice(0, maxQuestionLength), reason: 'too-long', limit: maxQuestionLength };
			}
			const urgent = triage(question);
			if (urgent) return { status: 'urgent', question, urgent };
			const terms = queryTerms(index, question);
			return decide(question, scoreEntries(index, terms, RANKED), faq.entries, terms.some((term) => index.subject.has(term)));
		},
		suggest: (partial, limit) => suggest(partial.slice(0, maxQuestionLength), limit),
	};
}

/**
 * Autocomplete runs on every keystroke, so the last word is usually unfinished ("does hii"). It is
 * completed from the FAQ's own words before the matcher ranks; fuse.js, fuzzy over the questions
 * and alternates, fills any places left.
 */
function createSuggester(index: SearchIndex): (partial: string, limit: number) => Suggestion[] {
	let fuse: Fuse<Entry> | undefined;
	return (partial, limit) => {
		if (partial.trim() === '') return index.entries.slice(0, limit).map((entry) => ({ id: entry.id, question: entry.question, score: 0 }));
		const ranked = scoreEntries(index, queryTerms(index, completeLastWord(index, partial)), limit).map(({ entry, score }) => ({
			id: index.entries[entry]!.id,
			question: index.entries[entry]!.question,
			score: roundScore(score),
		}));
		if (ranked.length >= limit || index.entries.length > FUZZY_FILL_MAX_ENTRIES) return ranked;
		fuse ??= new Fuse(index.entries, { keys: [{ name: 'question', weight: 2 }, 'alternates'], ignoreLocation: true, threshold: 0.4, includeScore: true });
		const seen = new Set(ranked.map(({ id }) => id));
		const fuzzy = fuse
			.search(partial, { limit })
			.filter(({ item }) => !seen.has(item.id))
			.map(({ item, score }) => ({ id: item.id, question: item.question, score: roundScore(1 - (score ?? 1)) }));
		return [...ranked, ...fuzzy].slice(0, limit);
	};
}

