import type { EntryFrontMatter, Expert, Pack, Source, Tip, Triage } from './schema.js';

export type { Expert, Pack, Source, Tip, Triage, TriageRule } from './schema.js';

export interface Entry extends EntryFrontMatter {
	/** The Markdown body of the entry file. */
	readonly answer: string;
	/** Path of the file the entry came from, relative to the FAQ directory. */
	readonly file: string;
}

/** A whole, validated content pack: every reference in it resolves. */
export interface Faq {
	readonly pack: Pack;
	readonly entries: readonly Entry[];
	readonly byId: ReadonlyMap<string, Entry>;
	readonly experts: ReadonlyMap<string, Expert>;
	readonly sources: ReadonlyMap<string, Source>;
	readonly tips: readonly Tip[];
	readonly disclaimer: string;
	/** Domain synonyms: each list's words are matched as its first word. */
	readonly synonyms: readonly (readonly string[])[];
	/** Questions members asked, by the id of the entry that answers them (asked.txt; optional). */
	readonly asked: ReadonlyMap<string, readonly string[]>;
	/** The red flags that get an urgent reply instead of an answer. */
	readonly triage: Triage;
}

/** One thing wrong with the pack, located as precisely as the format allows. */
export interface Problem {
	readonly file: string;
	readonly line?: number;
	readonly entry?: string;
	readonly field?: string;
	readonly message: string;
}

/** The items an entry or tip names by id, in its order; a validated pack resolves every one. */
export function resolve<T>(ids: readonly string[], from: ReadonlyMap<string, T>): T[] {
	return ids.flatMap((id) => {
		const item = from.get(id);
		return item === undefined ? [] : [item];
	});
}

/** What the bot calls an uncovered phrase: the name of its subject in pack.yaml, or the phrase itself. */
export function uncoveredName({ uncoveredNames }: Pick<Pack, 'uncoveredNames'>, phrase: string): string {
	return Object.hasOwn(uncoveredNames, phrase) ? uncoveredNames[phrase]! : phrase;
}

export function formatProblem(problem: Problem): string {
	const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
	const what = [problem.entry && `entry "${problem.entry}"`, problem.field && `field "${problem.field}"`]
		.filter(Boolean)
		.join(', ');
	return `${where}${what ? ` (${what})` : ''}: ${problem.message}`;
}
