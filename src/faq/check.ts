import type { Engine } from '../match/engine.js';
import type { Match } from '../match/types.js';
import type { Entry, Problem } from './model.js';

export interface Competition {
	readonly a: string;
	readonly b: string;
	/** The phrasings or examples of either entry that the matcher could not tell apart. */
	readonly questions: readonly string[];
}

export interface BehaviourReport {
	/** Examples (and phrasings) that do not resolve to their own entry. */
	readonly misses: readonly Problem[];
	readonly competitions: readonly Competition[];
}

/**
 * What a moderator's edit does to matching: every example must resolve to its entry, and entries
 * whose questions the matcher confuses are named in pairs so they can be reworded apart.
 */
export function checkBehaviour(engine: Engine): BehaviourReport {
	const misses: Problem[] = [];
	const pairs = new Map<string, { a: string; b: string; questions: string[] }>();
	const compete = (a: string, b: string, question: string) => {
		const [first, second] = [a, b].sort() as [string, string];
		const key = `${first}\u0000${second}`;
		const pair = pairs.get(key) ?? { a: first, b: second, questions: [] };
		pair.questions.push(question);
		pairs.set(key, pair);
	};

	for (const entry of engine.faq.entries) {
		const cases = [
			...entry.examples.map((question, index) => ({ question, field: `examples[${index}]` })),
			...[entry.question, ...entry.alternates].map((question, index) => ({ question, field: index === 0 ? 'question' : `alternates[${index - 1}]` })),
		];
		for (const { question, field } of cases) {
			const match = engine.ask(question);
			if (match.status === 'answered' && match.entry.id === entry.id) continue;
			for (const rival of rivals(match, entry)) compete(entry.id, rival, question);
			misses.push({ file: entry.file, entry: entry.id, field, message: `"${question}" ${outcome(match)}` });
		}
	}
	return { misses, competitions: [...pairs.values()] };
}

function rivals(match: Match, entry: Entry): string[] {
	if (match.status === 'answered') return [match.entry.id];
	if (match.status === 'ambiguous') return match.suggestions.map(({ id }) => id).filter((id) => id !== entry.id);
	return [];
}

function outcome(match: Match): string {
	switch (match.status) {
		case 'answered':
			return `is answered by entry "${match.entry.id}" instead`;
		case 'ambiguous':
			return `is ambiguous between ${match.suggestions.map(({ id }) => `"${id}"`).join(', ')}`;
		case 'no_match':
			return `matches no entry confidently (best score ${match.score}); add an alternate closer to it`;
		case 'urgent':
			return `is treated as an emergency (${match.urgent}), so it can never reach this entry`;
		case 'invalid':
			return `is not a valid question (${match.reason})`;
	}
}
