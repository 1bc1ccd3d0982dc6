import type { Faq } from '../faq/model.js';
import { completeLastWord } from './complete.js';
import { features, probability, rivalsOf } from './confidence.js';
import { decide, type Candidate, type Ranking, type Thresholds } from './decide.js';
import type { ByteCache } from './byte-cache.js';
import { buildIndex, entryNamesSubject, type SearchIndex } from './index.js';
import { DEFAULT_MAX_QUESTION_LENGTH, MAX_TRIAGED_LENGTH } from '../lib/limits.js';
import { matcherOptions, type MatcherOptions, type MatcherOverrides } from './options.js';
import { readMessage } from './readings.js';
import { analyseMessage, buildQuery, roundScore, scoreEntries } from './score.js';
import { createTriage, type Triager } from './triage.js';
import type { Match, Suggestion, UrgentKind } from './types.js';

export { DEFAULT_MAX_QUESTION_LENGTH } from '../lib/limits.js';

export interface Engine {
	readonly faq: Faq;
	/** The matcher's settings in force: the defaults, the pack's overrides, then the caller's. */
	readonly options: MatcherOptions;
	/** The verdict for a member's question: triage first, then matching. */
	ask(question: string): Match;
	/** The emergency a message describes, if any: the red flags `ask` checks first, without matching. */
	triage(message: string): UrgentKind | undefined;
	/** The entries likeliest to answer a question, with their probabilities, best first; no triage. */
	rank(question: string, limit: number): Suggestion[];
	/** Entries for an autocomplete box, best first; the first entries when nothing is typed. */
	suggest(partial: string, limit: number): Suggestion[];
}

/** Raw scores this close count as a tie. */
const TIE = 0.02;

/**
 * A phrasing similarity this close to 1: the question has exactly the terms of one of the entry's
 * questions or alternates (in any order, once normalised, stemmed and stripped of stopwords).
 */
const WORD_FOR_WORD = 1 - 1e-9;

/** Below this many entries an index builds in milliseconds, and is not worth a file. */
const CACHED_FROM_ENTRIES = 1_000;

export interface EngineOptions {
	readonly maxQuestionLength?: number;
	/** Where a large FAQ's analysed text is kept between runs, so an unchanged FAQ starts fast. */
	readonly indexCache?: ByteCache;
	/** Where the questions members asked are kept counted between runs, so an unchanged pack starts fast. */
	readonly askedCache?: ByteCache;
	/** Overrides on top of the pack's (`pack.yaml` → `matcher:`), e.g. thresholds from the environment. */
	readonly matcher?: MatcherOverrides;
}

export function createEngine(faq: Faq, options: EngineOptions = {}): Engine {
	const { parts, matcher, rank } = prepare(faq, options);
	return assemble(parts, matcher, rank);
}

/**
 * For a tuner sweeping thresholds over a fixed set of questions: an engine for each set of
 * thresholds, all sharing one ranking of each question, which is remembered. Not for a
 * long-running process, whose questions never repeat.
 */
export function createThresholdSweep(faq: Faq, options: EngineOptions = {}): (thresholds: Partial<Thresholds>) => Engine {
	const { parts, matcher, rank } = prepare(faq, options);
	const rankings = new Map<string, Ranking>();
	const remembered = (question: string) => rankings.get(question) ?? rankings.set(question, rank(question)).get(question)!;
	return (thresholds) => assemble(parts, { ...matcher, ...thresholds }, remembered);
}

function prepare(faq: Faq, { maxQuestionLength = DEFAULT_MAX_QUESTION_LENGTH, matcher, indexCache, askedCache }: EngineOptions) {
	const options = matcherOptions(faq.pack.matcher, matcher);
	const index = buildIndex(faq, options, { index: faq.entries.length >= CACHED_FROM_ENTRIES ? indexCache : undefined, asked: askedCache });
	const parts: Parts = { faq, maxQuestionLength, triage: createTriage(faq.triage), suggest: createSuggester(index, options) };
	return { parts, matcher: options, rank: createRanker(index, options) };
}

interface Parts {
	readonly faq: Faq;
	readonly maxQuestionLength: number;
	readonly triage: Triager;
	readonly suggest: (partial: string, limit: number) => Suggestion[];
}

function assemble(parts: Parts, options: MatcherOptions, rank: (question: string) => Ranking): Engine {
	const { faq, maxQuestionLength, suggest } = parts;
	const triage = (message: string) => parts.triage(message.slice(0, MAX_TRIAGED_LENGTH));
	return {
		faq,
		options,
		ask(raw) {
			const question = raw.trim();
			if (question === '') return { status: 'invalid', question, reason: 'empty', limit: maxQuestionLength };
			// Triage before the length limit: an emergency is never answered with "too long".
			const urgent = triage(question);
			if (urgent) return { status: 'urgent', question: question.slice(0, maxQuestionLength), urgent };
			if (question.length > maxQuestionLength) {
				return { status: 'invalid', question: question.slice(0, maxQuestionLength), reason: 'too-long', limit: maxQuestionLength };
			}
			return decide(question, rank(question), faq.entries, options);
		},
		triage,
		rank: (question, limit) =>
			rank(question.slice(0, maxQuestionLength))
				.candidates.slice(0, limit)
				.map(({ entry, probability }) => ({ id: faq.entries[entry]!.id, question: faq.entries[entry]!.question, score: roundScore(probability) })),
		suggest: (partial, limit) => suggest(partial.slice(0, maxQuestionLength), limit),
	};
}

/** Each entry's likeliest reading of a message, with the probability that it answers it. */
function createRanker(index: SearchIndex, options: MatcherOptions) {
	return (question: string): Ranking => {
		const byEntry = new Map<number, Candidate>();
		const clauseTops: Candidate[] = [];
		const readings = readMessage(index, options, question);
		for (const { clause, query, ranked } of readings) {
			// Entries that tie with the best are judged against the entries behind them all:
			// two entries that fit a question equally well are each unlikely to be the answer, but
			// together they are, and both are offered.
			const behind = ranked.findIndex(({ score }) => score < ranked[0]!.score - TIE);
			const behindTies = behind === -1 ? [] : ranked.slice(behind, behind + 2);
			ranked.forEach((scored, i) => {
				const floored = (modelled: number) => (scored.phrasing >= WORD_FOR_WORD ? Math.max(options.wordForWordConfidence, modelled) : modelled);
				const likely = floored(probability(features(scored, rivalsOf(ranked, i), query), options.calibration));
				const fit = scored.score >= ranked[0]!.score - TIE ? floored(probability(features(scored, behindTies, query), options.calibration)) : likely;
				// A question about something the FAQ does not cover is never answered from an entry
				// that does not name it; at most that entry is offered as related.
				const unnamed = query.uncovered.filter(({ terms }) => !entryNamesSubject(index, scored.entry, terms, options.fieldWeight.answer));
				const candidate: Candidate =
					unnamed.length === 0
						? { entry: scored.entry, probability: likely, fit, clause }
						: { entry: scored.entry, probability: Math.min(likely, options.uncoveredConfidence), fit, clause, uncovered: unnamed.map(({ phrase }) => phrase) };
				if (i === 0 && clause !== undefined) clauseTops.push(candidate);
				if ((byEntry.get(scored.entry)?.probability ?? -1) < candidate.probability) byEntry.set(scored.entry, candidate);
			});
		}
		const uncovered = readings[0]?.query.uncovered.map(({ phrase }) => phrase) ?? [];
		return { candidates: [...byEntry.values()].sort((a, b) => b.probability - a.probability), clauseTops, uncovered };
	};
}

/**
 * Autocomplete runs on every keystroke, so the last word is usually unfinished ("does hii"). It is
 * completed from the FAQ's own words, then the matcher ranks (typo-tolerant like any question).
 */
function createSuggester(index: SearchIndex, options: MatcherOptions): (partial: string, limit: number) => Suggestion[] {
	return (partial, limit) => {
		if (partial.trim() === '') return index.entries.slice(0, limit).map((entry) => ({ id: entry.id, question: entry.question, score: 0 }));
		const query = buildQuery(index, analyseMessage(index, [{ text: completeLastWord(index, partial), asks: true }], options), options);
		return scoreEntries(index, query, limit, options).map(({ entry, score }) => ({
			id: index.entries[entry]!.id,
			question: index.entries[entry]!.question,
			score: roundScore(score),
		}));
	};
}
