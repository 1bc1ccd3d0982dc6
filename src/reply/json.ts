import { resolve, type Faq } from '../faq/model.js';
import type { Match } from '../match/types.js';
import type { Reply } from './model.js';
import { renderText } from './text.js';

/** The `ask --json` contract: field names and shapes here are relied on by scripts. Keep them. */
export interface AskJson {
	readonly status: Match['status'];
	readonly question: string;
	readonly entry: {
		readonly id: string;
		readonly question: string;
		readonly answer: string;
		readonly experts: readonly { readonly name: string; readonly credentials: string }[];
		readonly sources: readonly Record<string, string | number>[];
		/** Beside the answer, so a script that shows `answer` on its own has it to show too. */
		readonly disclaimer: string;
	} | null;
	readonly score: number;
	readonly suggestions: readonly { readonly id: string; readonly question: string; readonly score: number }[];
	readonly text: string;
}

export function toAskJson(match: Match, reply: Reply, faq: Faq): AskJson {
	const entry = match.status === 'answered' ? match.entry : undefined;
	return {
		status: match.status,
		question: match.question,
		entry: entry
			? {
					id: entry.id,
					question: entry.question,
					answer: entry.answer,
					experts: resolve(entry.experts, faq.experts).map(({ name, credentials }) => ({ name, credentials })),
					sources: resolve(entry.sources, faq.sources).map((source) => ({ ...source })),
					disclaimer: faq.disclaimer,
				}
			: null,
		score: 'score' in match ? match.score : match.status === 'urgent' ? 1 : 0,
		suggestions: 'suggestions' in match ? match.suggestions.map(({ id, question, score }) => ({ id, question, score })) : [],
		text: renderText(reply),
	};
}
