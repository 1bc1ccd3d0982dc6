import { resolve, uncoveredName, type Entry, type Faq, type Source } from '../faq/model.js';
import type { Match } from '../match/types.js';
import type { EntryRef, Reply, SourceLine } from './model.js';
import { urgentGuidance } from './urgent.js';

export interface ReplyOptions {
	/** How this front end tells a member to browse the FAQ, e.g. "Use `/faq browse`…". */
	readonly browseHint: string;
}

/** Turns a verdict into what the member sees; the one place reply wording is decided. */
export function buildReply(match: Match, faq: Faq, options: ReplyOptions): Reply {
	switch (match.status) {
		case 'answered':
			return { ...answerReply(match.entry, faq), ...(match.also ? { alsoAsked: { id: match.also.id, question: match.also.question } } : {}) };
		case 'ambiguous':
			return {
				kind: 'ambiguous',
				title: 'Did you mean…',
				message:
					match.suggestions.length === 1
						? "I'm not sure enough to answer outright. Is this the question you meant?"
						: 'I found more than one question that could fit. Pick the one you meant:',
				suggestions: match.suggestions.map(({ id, question }) => ({ id, question })),
			};
		case 'no_match': {
			const related = match.suggestions.map(({ id, question }) => ({ id, question }));
			const why = match.uncovered
				? `The ${faq.pack.name} doesn't cover ${listed(namesOf(match.uncovered, faq.pack))}, so I can't answer that.`
				: `I can only answer questions from the ${faq.pack.name}, and none of them fits this well enough to answer.`;
			const closest = related.length > 0 ? ' The closest questions it does answer are below.' : '';
			return { kind: 'no_match', title: "I don't have that one", message: `${why}${closest} ${options.browseHint}`, related };
		}
		case 'urgent':
			return { kind: 'urgent', ...urgentGuidance(match.urgent, faq.triage) };
		case 'invalid':
			return {
				kind: 'invalid',
				title: match.reason === 'empty' ? 'Ask me a question' : 'That question is too long',
				message:
					match.reason === 'empty'
						? `Type a question about ${faq.pack.covers}, for example "${faq.pack.example}". ${options.browseHint}`
						: `Please keep questions under ${match.limit} characters: one short question works best.`,
			};
	}
}

/** How the pack names the uncovered phrases a member said, each name once. */
function namesOf(phrases: readonly string[], pack: Faq['pack']): string[] {
	return [...new Set(phrases.map((phrase) => uncoveredName(pack, phrase)))];
}

/** "a", "a and b", "a, b and c". */
function listed(items: readonly string[]): string {
	return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The full answer for one entry, whether it was matched or picked from a list. */
export function answerReply(entry: Entry, faq: Faq): Reply {
	return {
		kind: 'answer',
		entryId: entry.id,
		title: entry.question,
		answer: entry.answer,
		experts: resolve(entry.experts, faq.experts).map(({ name, credentials }) => ({ name, credentials })),
		sources: resolve(entry.sources, faq.sources).map(sourceLine),
		related: resolve(entry.related, faq.byId).map(entryRef),
		disclaimer: faq.disclaimer,
	};
}

function entryRef(entry: Entry): EntryRef {
	return { id: entry.id, question: entry.question };
}

function sourceLine(source: Source): SourceLine {
	const detail = [source.author, source.publisher, source.year].filter((part) => part !== undefined).join(', ');
	return {
		title: source.title,
		...(detail ? { detail } : {}),
		...(source.caveat ? { caveat: source.caveat } : {}),
		...(source.url ? { url: source.url } : {}),
	};
}
