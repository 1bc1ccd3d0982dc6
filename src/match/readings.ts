import { clauses } from './focus.js';
import type { SearchIndex } from './index.js';
import type { MatcherOptions } from './options.js';
import { analyseMessage, buildQuery, scoreEntries, type Scored, type WeighedQuery } from './score.js';

/** A message asking more than this many things is matched whole and on its first questions only. */
const MAX_SEPARATE_QUESTIONS = 3;

/** The fewest informative words a clause needs to be matched as a question of its own. */
const MIN_QUESTION_TERMS = 2;

/** One way of reading a message: whole, or focused on one of the things it asks. */
export interface Reading {
	/** The asking clause in focus, or undefined for the whole message. */
	readonly clause: number | undefined;
	readonly query: WeighedQuery;
	/** The best entries on this reading, best first. */
	readonly ranked: readonly Scored[];
}

/**
 * A message is matched whole and, when it asks several things, one asking clause at a time with
 * the rest as context, so "what should i eat, and how often should i train" finds both entries.
 */
export function readMessage(index: SearchIndex, options: MatcherOptions, message: string): Reading[] {
	const parts = clauses(message);
	const analysed = analyseMessage(index, parts, options);
	// A trailing "like weeks?" or "should i stop" asks nothing on its own: a clause is a question
	// of its own only with enough words to say what about.
	const asking = analysed.clauses.flatMap(({ question, terms }, i) => (question && terms.length >= MIN_QUESTION_TERMS ? [i] : []));
	const focuses = asking.length < 2 ? [undefined] : [undefined, ...asking.slice(0, MAX_SEPARATE_QUESTIONS)];
	return focuses.map((clause) => {
		const query = buildQuery(index, analysed, options, clause);
		return { clause, query: { ...query, asked: index.asked.logPosterior(query.terms) }, ranked: scoreEntries(index, query, options.ranked, options) };
	});
}
