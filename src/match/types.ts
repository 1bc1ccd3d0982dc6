import type { Entry } from '../faq/model.js';

export type MatchStatus = 'answered' | 'ambiguous' | 'no_match' | 'urgent' | 'invalid';

export interface Suggestion {
	readonly id: string;
	readonly question: string;
	/** The probability, in [0, 1], that this entry answers the question. */
	readonly score: number;
}

/** A triage rule's kind from the pack's `triage.yaml` ("cardiac", "self-harm"…). */
export type UrgentKind = string;
export type InvalidReason = 'empty' | 'too-long';

/** The one verdict a question gets; everything a front end shows derives from it. */
export type Match =
	| {
			readonly status: 'answered';
			readonly question: string;
			readonly entry: Entry;
			readonly score: number;
			readonly suggestions: readonly Suggestion[];
			/** The entry for a second question in the same message, offered beside the answer. */
			readonly also?: Suggestion;
	  }
	| { readonly status: 'ambiguous'; readonly question: string; readonly score: number; readonly suggestions: readonly Suggestion[] }
	| {
			readonly status: 'no_match';
			readonly question: string;
			readonly score: number;
			/** Entries nearest to the question, offered as related, never as its answer. */
			readonly suggestions: readonly Suggestion[];
			/** What the question asks about that the FAQ does not cover ("ibuprofen"). */
			readonly uncovered?: readonly string[];
	  }
	| { readonly status: 'urgent'; readonly question: string; readonly urgent: UrgentKind }
	| { readonly status: 'invalid'; readonly question: string; readonly reason: InvalidReason; readonly limit: number };
