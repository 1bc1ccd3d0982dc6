import { lastDays } from '../lib/day.js';
import { createAnalyzer } from '../match/analyzer.js';
import type { Engine } from '../match/engine.js';
import type { Suggestion } from '../match/types.js';
import type { LearningStore, Scope } from '../store/store.js';
import { groupQuestions, type UnansweredGroup } from './unanswered.js';

/** The days a report covers unless asked otherwise. */
export const REPORT_DAYS = 30;

/** How many of each list a report shows: what fits a Discord message and a glance. */
export const REPORT_SIZES = { entries: 5, unanswered: 5, guesses: 3 } as const;

export interface EntryCount {
	readonly id: string;
	/** The entry's question, when the FAQ still has it. */
	readonly question?: string;
	readonly count: number;
}

export interface Helpfulness {
	readonly id: string;
	readonly question?: string;
	readonly helpful: number;
	readonly notHelpful: number;
}

/** An unanswered group with the entries the matcher would offer for it now, likeliest first. */
export interface OpenGroup extends UnansweredGroup {
	readonly guesses: readonly Suggestion[];
}

/** What members asked and thought over some days, for moderators: the same numbers in Discord and on the command line. */
export interface FaqReport {
	readonly days: number;
	/** Every day of the period, oldest first, with the questions answered that day (UTC). */
	readonly perDay: readonly { readonly day: string; readonly count: number }[];
	readonly answered: number;
	readonly topEntries: readonly EntryCount[];
	/** Entries with votes, most votes first. */
	readonly helpfulness: readonly Helpfulness[];
	/** Groups still unanswered, most asked first. */
	readonly unanswered: readonly OpenGroup[];
	/** Unanswered questions the FAQ answers now (an edit since), left out of `unanswered`. */
	readonly settled: number;
}

/** The period a report covers: the last `days` UTC days up to `now`, in one guild or all. */
export function reportScope(now: number, days: number, guildId?: string): Scope {
	return { ...(guildId !== undefined ? { guildId } : {}), fromDay: lastDays(now, days)[0]! };
}

export async function buildReport(learning: LearningStore, engine: Engine, now: number, days: number, guildId?: string): Promise<FaqReport> {
	const scope = reportScope(now, days, guildId);
	const [perDay, perEntry, votes] = await Promise.all([learning.answersPerDay(scope), learning.answersPerEntry(scope), learning.votesPerEntry(scope)]);
	const counts = new Map(perDay.map(({ day, count }) => [day, count]));
	const question = (id: string) => {
		const entry = engine.faq.byId.get(id);
		return entry ? { question: entry.question } : {};
	};
	const groups = await unansweredGroups(learning, engine, scope);
	const open = groups.filter((group) => !answeredNow(engine, group));
	return {
		days,
		perDay: lastDays(now, days).map((day) => ({ day, count: counts.get(day) ?? 0 })),
		answered: perDay.reduce((sum, { count }) => sum + count, 0),
		topEntries: perEntry.slice(0, REPORT_SIZES.entries).map(({ entryId, count }) => ({ id: entryId, ...question(entryId), count })),
		helpfulness: votes.map(({ entryId, helpful, notHelpful }) => ({ id: entryId, ...question(entryId), helpful, notHelpful })),
		unanswered: open.slice(0, REPORT_SIZES.unanswered).map((group) => ({ ...group, guesses: engine.rank(group.text, REPORT_SIZES.guesses) })),
		settled: groups.filter((group) => answeredNow(engine, group)).reduce((sum, { count }) => sum + count, 0),
	};
}

/** The groups of unanswered questions in a scope, as a report shows them (the engine's analysis groups them). */
export async function unansweredGroups(learning: LearningStore, engine: Engine, scope: Scope): Promise<UnansweredGroup[]> {
	const analyzer = createAnalyzer(engine.faq.synonyms);
	return groupQuestions(await learning.unansweredQuestions(scope), (text) => analyzer.terms(text));
}

function answeredNow(engine: Engine, group: UnansweredGroup): boolean {
	return engine.ask(group.text).status === 'answered';
}
