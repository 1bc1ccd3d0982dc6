import type { Engine } from '../match/engine.js';
import type { Match } from '../match/types.js';
import type { Entry, Faq, Problem } from '../faq/model.js';

export interface Competition {
	readonly a: string;
	readonly b: string;
	/** The phrasings or examples of either entry that the matcher could not tell apart. */
	readonly questions: readonly string[];
}

export interface BehaviourReport {
	/** Examples (and phrasings) that are neither answered by their own entry nor offered it first. */
	readonly misses: readonly Problem[];
	/** Alternates that pull another entry's question away from it, each on the alternate itself. */
	readonly steals: readonly Problem[];
	readonly competitions: readonly Competition[];
}

/** A question of one entry that the matcher sends elsewhere. */
interface Miss {
	readonly question: string;
	readonly owner: Entry;
	readonly field: string;
	readonly match: Match;
	/** The entries it went to instead. */
	readonly rivals: readonly string[];
}

/**
 * What a moderator's edit does to matching: every example must resolve to its entry, entries whose
 * questions the matcher confuses are named in pairs so they can be reworded apart, and an alternate
 * that takes a question from the entry it belongs to is named so the moderator knows which line to fix.
 * `rebuild` builds an engine as the given one was built, for a pack without one alternate.
 */
export function checkBehaviour(engine: Engine, rebuild: (faq: Faq) => Engine): BehaviourReport {
	const found: Miss[] = [];
	for (const entry of engine.faq.entries) {
		for (const { question, field } of questionsOf(entry)) {
			const match = engine.ask(question);
			if (reaches(match, entry)) continue;
			found.push({ question, owner: entry, field, match, rivals: rivals(match, entry) });
		}
	}
	return {
		misses: found.map(({ question, owner, field, match }) => ({ file: owner.file, entry: owner.id, field, message: `"${question}" ${outcome(match)}` })),
		steals: findSteals(engine.faq, found, rebuild),
		competitions: pairUp(found),
	};
}

/**
 * An entry's own question reaches it when it is the answer, or the first "did you mean": how
 * confident the matcher is depends on its thresholds, which entry comes first is what the wording
 * of the pack decides.
 */
function reaches(match: Match, entry: Entry): boolean {
	if (match.status === 'answered') return match.entry.id === entry.id;
	if (match.status !== 'ambiguous') return false;
	const [first, second] = match.suggestions;
	// A tie is no lead: two entries that fit their questions equally compete for them.
	return first?.id === entry.id && (second === undefined || first.score > second.score);
}

/** The ids an entry is told apart from; an empty list when it fails for another reason. */
function rivals(match: Match, entry: Entry): string[] {
	if (match.status === 'answered') return [match.entry.id];
	if (match.status === 'ambiguous') return match.suggestions.map(({ id }) => id).filter((id) => id !== entry.id);
	return [];
}

function questionsOf(entry: Entry): { question: string; field: string }[] {
	return [
		...entry.examples.map((question, index) => ({ question, field: `examples[${index}]` })),
		...[entry.question, ...entry.alternates].map((question, index) => ({ question, field: index === 0 ? 'question' : `alternates[${index - 1}]` })),
	];
}

function pairUp(misses: readonly Miss[]): Competition[] {
	const pairs = new Map<string, { a: string; b: string; questions: string[] }>();
	for (const { question, owner, rivals } of misses) {
		for (const rival of rivals) {
			const [a, b] = [owner.id, rival].sort() as [string, string];
			const key = `${a}\u0000${b}`;
			const pair = pairs.get(key) ?? { a, b, questions: [] };
			pair.questions.push(question);
			pairs.set(key, pair);
		}
	}
	return [...pairs.values()];
}

/**
 * An alternate steals a question when the pack without it answers that question with its own entry.
 * Asking is the only test that holds whatever the matcher weighs, and it costs one engine build per
 * alternate of an entry that took something, which only a failing pack pays.
 */
function findSteals(faq: Faq, misses: readonly Miss[], rebuild: (faq: Faq) => Engine): Problem[] {
	// Only a question answered by the wrong entry was taken; an ambiguous one is a competition.
	const byRival = new Map<string, Miss[]>();
	for (const miss of misses) {
		if (miss.match.status === 'answered') byRival.set(miss.match.entry.id, [...(byRival.get(miss.match.entry.id) ?? []), miss]);
	}
	const steals: Problem[] = [];
	for (const [rivalId, taken] of byRival) {
		const rival = faq.byId.get(rivalId);
		if (!rival) continue;
		rival.alternates.forEach((alternate, index) => {
			const without = rebuild(withEntry(faq, { ...rival, alternates: rival.alternates.filter((_, i) => i !== index) }));
			for (const { question, owner, field } of taken) {
				const match = without.ask(question);
				if (match.status !== 'answered' || match.entry.id !== owner.id) continue;
				steals.push({
					file: rival.file,
					entry: rival.id,
					field: `alternates[${index}]`,
					message: `"${alternate}" takes "${question}" (${field} of entry "${owner.id}") away from that entry; without this alternate it is answered there. Reword or remove it.`,
				});
			}
		});
	}
	return steals;
}

/** The same pack with one entry replaced. */
function withEntry(faq: Faq, entry: Entry): Faq {
	return {
		...faq,
		entries: faq.entries.map((each) => (each.id === entry.id ? entry : each)),
		byId: new Map([...faq.byId, [entry.id, entry]]),
	};
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
