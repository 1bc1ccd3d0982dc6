import type { Entry, Faq } from '../faq/model.js';
import { decide } from './decide.js';
import { buildIndex, type SearchIndex } from './index.js';
import { queryTerms, scoreEntries } from './score.js';
import { triage } from './triage.js';
import type { Match, Suggestion } from './types.js';

/** Longest question accepted; longer input is refused before any work is done on it. */
export const DEFAULT_MAX_QUESTION_LENGTH = 500;

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
		suggest(partial, limit) {
			return suggest(index, partial.slice(0, maxQuestionLength), limit);
		},
	};
}

function suggest(index: SearchIndex, partial: string, limit: number): Suggestion[] {
	const toSuggestion = (entry: Entry, score: number): Suggestion => ({ id: entry.id, question: entry.question, score });
	if (partial.trim() === '') return index.entries.slice(0, limit).map((entry) => toSuggestion(entry, 0));
	return scoreEntries(index, queryTerms(index, partial), limit).map(({ entry, score }) => toSuggestion(index.entries[entry]!, Math.round(score * 1000) / 1000));
}
