import { createEngine, type Engine } from '../match/engine.js';
import type { ByteCache } from '../match/byte-cache.js';
import type { MatcherOverrides } from '../faq/schema.js';
import { checkTriageExamples } from './triage-check.js';
import { checkUncoveredNamed } from './uncovered-check.js';
import { checkBehaviour, type BehaviourReport, type Competition } from './check.js';
import { notedPack, notePassed, type PassedPacks } from './passed-packs.js';
import { parsePack } from '../faq/load.js';
import type { YamlMemo } from '../faq/yaml-file.js';
import type { Faq, Problem } from '../faq/model.js';
import type { PackFiles } from '../faq/pack-files.js';

export interface CheckOptions {
	/** Longest question the engine accepts (MAX_QUESTION_LENGTH). */
	readonly maxQuestionLength: number;
	/**
	 * What would not fit where answers are shown (Discord's sizes), supplied by the front end so the
	 * FAQ core knows no platform. A shared part (an expert, a source) is reported once, on its own file.
	 */
	readonly fits: (faq: Faq) => readonly Problem[];
	/** Where the index of a large pack is kept between runs, so an unchanged pack starts fast. */
	readonly indexCache?: ByteCache;
	/** Where the questions members asked are kept counted between runs (see `EngineOptions.askedCache`). */
	readonly askedCache?: ByteCache;
	/** The matcher's settings from the environment (ANSWER_CONFIDENCE), over the pack's own. */
	readonly matcher?: MatcherOverrides;
	/**
	 * Where packs that passed are noted, so an unchanged pack skips the checks. A note does not say
	 * which `fits` passed it: a program gives one store the same `fits` every time.
	 */
	readonly passed?: PassedPacks;
}

/** A pack that passed every check, with the engine that was checked. */
export interface CheckedPack {
	readonly faq: Faq;
	readonly engine: Engine;
}

/**
 * The one verdict on a pack. It is served only when nothing was found; `matching` is there when the
 * files were all valid and only the questions went astray, for a report that says so.
 */
export type PackVerdict =
	| { readonly ok: true; readonly value: CheckedPack }
	| { readonly ok: false; readonly errors: readonly Problem[]; readonly matching?: BehaviourReport & { readonly faq: Faq } };

export type PackChecker = (files: PackFiles) => PackVerdict;

/**
 * Everything `npm run faq -- check` checks, for every way a pack changes (a reload, a moderator's
 * edit): the files and their references, what Discord can show, and whether every example, question
 * and alternate reaches its own entry. Misses and competing entries are refused like broken files:
 * served, they would answer members with the wrong entry.
 */
export function checkPack(files: PackFiles, options: CheckOptions): PackVerdict {
	const settings = { maxQuestionLength: options.maxQuestionLength, ...(options.matcher ? { matcher: options.matcher } : {}) };
	const input = { files, ...settings };
	const served = (faq: Faq): CheckedPack => ({ faq, engine: createEngine(faq, { ...settings, indexCache: options.indexCache, askedCache: options.askedCache }) });

	// The same files, settings and program passed every check below before: the pack is parsed again,
	// its YAML read from the note, and the checks after parsing are skipped.
	const known = options.passed && notedPack(options.passed, input);
	if (known) return { ok: true, value: served(known) };

	// What the YAML reads as is kept only where it can be noted.
	const yaml: YamlMemo | undefined = options.passed && new Map();
	const parsed = parsePack(files, yaml);
	if (!parsed.ok) return parsed;
	const faq = parsed.value;
	const unfit = options.fits(faq);
	if (unfit.length > 0) return { ok: false, errors: unfit };
	// A red flag that no longer catches its own examples would let an emergency through.
	const triage = checkTriageExamples(faq.triage);
	if (triage.length > 0) return { ok: false, errors: triage };
	const named = checkUncoveredNamed(faq);
	if (named.length > 0) return { ok: false, errors: named };

	const pack = served(faq);
	// Only the pack itself is worth keeping: the variants tried while looking for a stealing
	// alternate are built once and thrown away.
	const build = (variant: Faq) => createEngine(variant, settings);
	const report = checkBehaviour(pack.engine, build);
	const errors = [...report.misses, ...report.steals, ...report.competitions.map((pair) => competitionProblem(faq, pair))];
	if (errors.length > 0) return { ok: false, errors, matching: { ...report, faq } };
	if (options.passed) notePassed(options.passed, input, yaml);
	return { ok: true, value: pack };
}

/** `checkPack` with its options bound: what a live engine and an editor share. */
export function packChecker(options: CheckOptions): PackChecker {
	return (files) => checkPack(files, options);
}

function competitionProblem(faq: Faq, { a, b, questions }: Competition): Problem {
	return {
		file: faq.byId.get(a)?.file ?? a,
		entry: a,
		message: `competes with entry "${b}" for ${questions.map((question) => `"${question}"`).join(', ')}; reword one of the two so they read apart`,
	};
}
