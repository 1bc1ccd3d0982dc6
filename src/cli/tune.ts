import { evaluate, FIGURE_NAMES } from '../eval/evaluate.js';
import { fitLogistic, type Sample } from '../eval/fit.js';
import { checkLabels, readLabelledSet, type LabelledSet } from '../eval/labelled-set.js';
import { labelledSet } from '../eval/sets.js';
import { formatProblem, type Faq } from '../faq/model.js';
import { evidence, features, rivalsOf, type Features } from '../match/confidence.js';
import { createEngine, createThresholdSweep, type Engine } from '../match/engine.js';
import { buildIndex } from '../match/index.js';
import { matcherOptions, type CalibrationWeights, type MatcherOptions } from '../match/options.js';
import { readMessage } from '../match/readings.js';
import type { Scored } from '../match/score.js';
import { readCommandLine } from './args.js';
import { exitWith, loadContext } from './context.js';

readCommandLine({
	usage: [
		'Usage: npm run -s tune',
		'',
		"Chooses the matcher's settings on the CALIBRATION set (tests/eval/calibration.yaml), questions",
		"the FAQ's content was not tuned on: for each combination of the structural settings it fits",
		'the probability model (logistic regression of "the entry is acceptable" on its evidence, then',
		'Platt scaling of the best entry) and sweeps the thresholds, then prints the best combination',
		'with its figures there and on the development set. Paste the settings into',
		'DEFAULT_MATCHER_OPTIONS (src/match/options.ts). The held-out set is never read.',
	],
});

/** Settings that change how entries are scored: the probability model is fitted anew for each combination. */
const STRUCTURAL = {
	rarityExponent: [0.5, 0.75, 1],
	contextWeight: [0.35, 0.5, 0.7, 1],
	minAskedTerms: [2, 4, 6, 8],
	coverageShare: [0.4, 0.5, 0.6],
};
/** Settings that only decide what to do with the probabilities. */
const DECISION = {
	margin: [0.5, 1, 1.5, 2, 3],
	answerConfidence: [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85],
};
/**
 * The most confident wrong answers the accuracy issue tolerates. A setting is chosen only if its
 * rate here stays below that by one standard error: a rate measured at the limit on one set of
 * questions lands above it on the next about half the time.
 */
const MAX_WRONG = 0.03;
/** The share of off-topic questions the accuracy issue wants declined; settings below it are not chosen. */
const MIN_OFF_TOPIC = 0.95;
/** How many of each reading's best entries the probability model learns from. */
const CANDIDATES_FITTED = 3;
const FEATURES = ['score', 'lead', 'clearLead', 'clearOfField', 'coverage', 'phrasing', 'onSubject', 'unknown', 'focusTerms', 'messageLength'] as const;

const { engine } = await loadContext();
const set = await readSet('calibration');
const development = await readSet('development');

async function readSet(name: 'calibration' | 'development'): Promise<LabelledSet> {
	const { file } = labelledSet(name);
	const read = await readLabelledSet(file);
	const labelled = read.ok ? checkLabels(read.value, new Set(engine.faq.byId.keys()), file) : read;
	if (!labelled.ok) exitWith(labelled.errors.map(formatProblem));
	return labelled.value;
}

interface Trial {
	readonly options: MatcherOptions;
	readonly inScope: number;
	readonly offTopic: number;
	readonly wrong: number;
}

let best: Trial | undefined;
for (const settings of combinations(STRUCTURAL)) {
	const structural = matcherOptions(engine.faq.pack.matcher, settings);
	const calibration = fitCalibration(engine.faq, structural, set);
	// The thresholds only decide what to do with each question's ranking, so it is ranked once.
	const sweep = createThresholdSweep(engine.faq, { matcher: { ...structural, calibration } });
	for (const decision of combinations(DECISION)) {
		const trial = measure(sweep(decision), set);
		if (acceptable(trial, set) && (!best || objective(trial) > objective(best))) best = trial;
	}
}
if (!best) exitWith([`No setting keeps confident wrong answers a standard error below ${MAX_WRONG * 100}% and declines ${MIN_OFF_TOPIC * 100}% of off-topic questions on the calibration set.`], 1);

const { options } = best;
const round = (n: number) => Math.round(n * 1000) / 1000;
process.stdout.write(
	[
		`Best on the calibration set (${set.in_scope.length} in-scope, ${set.off_topic.length} off-topic questions):`,
		figures(best),
		`The same settings on the development set (${development.in_scope.length} in-scope, ${development.off_topic.length} off-topic questions):`,
		figures(measure(createEngine(engine.faq, { matcher: best.options }), development)),
		'',
		'Settings for DEFAULT_MATCHER_OPTIONS:',
		...Object.keys(STRUCTURAL).map((name) => `  ${name}: ${options[name as keyof typeof STRUCTURAL]},`),
		`  calibration: { ${Object.entries(options.calibration).map(([key, value]) => `${key}: ${round(value)}`).join(', ')} },`,
		...Object.keys(DECISION).map((name) => `  ${name}: ${options[name as keyof typeof DECISION]},`),
		'',
	].join('\n'),
);

/** Every combination of one value per setting. */
function combinations<Grid extends Record<string, readonly number[]>>(grid: Grid): { [K in keyof Grid]: number }[] {
	return Object.entries(grid).reduce<Record<string, number>[]>(
		(partial, [name, values]) => partial.flatMap((combination) => values.map((value) => ({ ...combination, [name]: value }))),
		[{}],
	) as { [K in keyof Grid]: number }[];
}

function figures({ inScope, offTopic, wrong }: Trial): string {
	return `  in-scope answered right ${(inScope * 100).toFixed(1)}%, off-topic not answered ${(offTopic * 100).toFixed(1)}%, confident wrong ${(wrong * 100).toFixed(1)}%`;
}

/** Whether a trial meets the issue's targets for the questions the bot must not answer. */
function acceptable({ wrong, offTopic }: Trial, { in_scope, off_topic }: LabelledSet): boolean {
	const questions = in_scope.length + off_topic.length;
	return wrong + Math.sqrt((wrong * (1 - wrong)) / questions) <= MAX_WRONG && offTopic >= MIN_OFF_TOPIC;
}

/** Balanced accuracy: members asking in scope and members asking anything else matter alike. */
function objective({ inScope, offTopic, wrong }: Trial): number {
	return (inScope + offTopic) / 2 - wrong;
}

/** The probability model for these structural settings: every reading's best entry, right or not. */
function fitCalibration(faq: Faq, options: MatcherOptions, labelledSet: LabelledSet): CalibrationWeights {
	const index = buildIndex(faq.entries, faq.synonyms, faq.pack, options);
	const samples: Sample[] = [];
	// The best entry of each whole message, for the second stage; a question about an uncovered
	// subject is left out, as its best entry is capped whatever it says.
	const wholeTops: { x: Features; y: 0 | 1 }[] = [];
	const cases = [...labelledSet.in_scope, ...labelledSet.off_topic.map(({ q }) => ({ q, ids: [] as string[] }))];
	for (const { q, ids } of cases) {
		const acceptable = (candidate: Scored) => (ids.includes(faq.entries[candidate.entry]!.id) ? 1 : 0);
		readMessage(index, options, q).forEach(({ clause, query, ranked }) => {
			// The runners-up too, as the engine rates them (their lead over the best is negative):
			// their probabilities decide whether the best has a rival close behind.
			ranked.slice(0, CANDIDATES_FITTED).forEach((candidate, i) => {
				const x = features(candidate, rivalsOf(ranked, i), query);
				samples.push({ x: FEATURES.map((name) => x[name]), y: acceptable(candidate) });
				if (i === 0 && clause === undefined && query.uncovered.length === 0) wholeTops.push({ x, y: acceptable(candidate) });
			});
		});
	}
	const [bias, ...weights] = fitLogistic(samples);
	const ranking = { bias: bias!, scale: 1, shift: 0, ...Object.fromEntries(FEATURES.map((name, i) => [name, weights[i]!])) } as CalibrationWeights;

	// Then how often that best entry is right, at each weight of evidence.
	const [shift, scale] = fitLogistic(wholeTops.map(({ x, y }) => ({ x: [evidence(x, ranking)], y })));
	return { ...ranking, scale: scale!, shift: shift! };
}

function measure(engine: Engine, labelledSet: LabelledSet): Trial {
	const { options } = engine;
	const { figures } = evaluate(engine, labelledSet);
	const rate = (name: string) => {
		const figure = figures.find((f) => f.name === name);
		return figure ? figure.hits / figure.total : 0;
	};
	return { options, inScope: rate(FIGURE_NAMES.inScope), offTopic: rate(FIGURE_NAMES.offTopic), wrong: rate(FIGURE_NAMES.wrongAnswers) };
}
