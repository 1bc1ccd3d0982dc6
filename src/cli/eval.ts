import { compare, engineAnswerer, plainFuse } from '../eval/baseline.js';
import { ECE_TARGET, reliability, type Reliability } from '../eval/calibration.js';
import { evaluate, meetsTarget, type EvalReport, type Figure } from '../eval/evaluate.js';
import { checkLabels, readLabelledSet, type LabelledSet } from '../eval/labelled-set.js';
import { ECE_FIGURE, LEVELS_FILE, levelsOf, writeLevels } from '../eval/levels.js';
import { LABELLED_SETS } from '../eval/sets.js';
import { formatProblem } from '../faq/model.js';
import type { Engine } from '../match/engine.js';
import type { Match, Suggestion } from '../match/types.js';
import { exitWithUsage, readCommandLine } from './args.js';
import { exitWith, loadContext } from './context.js';

const COMMAND_LINE = {
	usage: [
		'Usage: npm run -s eval [-- --set development|calibration|held-out] [--heldout-misses] [--baseline] [--record]',
		'',
		'Measures matching on the labelled sets in tests/eval/ and prints them side by side: the',
		"development set (the FAQ's alternates, synonyms and tags were written against it), the",
		'calibration set (the probability model and thresholds were fitted on it) and the held-out',
		'set (written blind, never tuned on: its figures are the result).',
		'',
		'  --set NAME        measure one set only (tuning work reads --set development alone)',
		"  --heldout-misses  also list the held-out set's misses. Reading one to fix it spends it:",
		'                    move that question into the development set and write a fresh blind one.',
		`  --record          write these figures to ${LEVELS_FILE} as the levels CI guards`,
		'                    (tests/eval/accuracy.test.ts fails when a change does worse)',
		'  -h, --help        this help',
	],
	flags: ['heldout-misses', 'baseline', 'record'],
	values: ['set'],
} as const;
const { flags, values } = readCommandLine(COMMAND_LINE);

const context = await loadContext();
const { config } = context;
// Every figure, the calibration table and the comparison ask the same questions: once is enough.
const engine = remembering(context.engine);
const entryIds = new Set(engine.faq.byId.keys());
const sets: { name: string; file: string; set: LabelledSet }[] = [];
const chosen = LABELLED_SETS.filter(({ name }) => values.set === undefined || values.set === name);
if (chosen.length === 0) exitWithUsage(COMMAND_LINE, `Unknown set "${String(values.set)}": use ${LABELLED_SETS.map(({ name }) => name).join(' or ')}.`);
if (flags.record && chosen.length < LABELLED_SETS.length) exitWith(['--record writes the levels of every set: leave out --set.']);
for (const { name, file } of chosen) {
	const read = await readLabelledSet(file);
	const labelled = read.ok ? checkLabels(read.value, entryIds, file) : read;
	if (!labelled.ok) exitWith(labelled.errors.map(formatProblem));
	sets.push({ name, file, set: labelled.value });
}

const results = sets.map(({ set }) => ({ report: evaluate(engine, set), reliability: reliability(engine, set) }));
// Recorded before anything is printed: `eval --record | head` ends the process at its first
// lines, and must not leave the levels file half written.
if (flags.record) await writeLevels(Object.fromEntries(sets.map(({ name }, i) => [name, levelsOf(results[i]!.report, results[i]!.reliability)])));
const percent = (n: number) => `${(n * 100).toFixed(1)}%`;
const print = (line = '') => process.stdout.write(`${line}\n`);
const cell = (figure: Figure | undefined) => (figure ? `${figure.hits}/${figure.total} = ${percent(figure.hits / figure.total)}${meetsTarget(figure) ? ' ' : '✗'}` : '—');
const NAME_WIDTH = 50;
const CELL_WIDTH = 20;

print(`Evaluating ${config.faqDir}: ${sets.map(({ name, file }) => `${name} = ${file}`).join(', ')}`);
print();
print(`${''.padEnd(NAME_WIDTH)}${sets.map(({ name }) => name.padStart(CELL_WIDTH)).join('')}   target`);
for (const figure of results[0]!.report.figures) {
	const row = results.map(({ report }) => report.figures.find(({ name }) => name === figure.name));
	const target = figure.target ? `${figure.target.atLeast ? '≥' : '≤'} ${percent(figure.target.value)}` : '';
	print(`${figure.name.padEnd(NAME_WIDTH)}${row.map((f) => cell(f).padStart(CELL_WIDTH)).join('')}   ${target}`);
}
const eceRow = results.map(({ reliability: r }) => `${percent(r.ece)}${r.ece <= ECE_TARGET ? ' ' : '✗'}`.padStart(CELL_WIDTH));
print(`${ECE_FIGURE.padEnd(NAME_WIDTH)}${eceRow.join('')}   ≤ ${percent(ECE_TARGET)}`);

print();
print('Confidence of the best-ranked entry against how often it was acceptable (in-scope and off-topic):');
sets.forEach(({ name }, i) => printReliability(name, results[i]!.reliability));

if (flags.baseline) {
	print();
	print('Plain fuse.js on the same questions (in-scope right / off-topic unanswered):');
	sets.forEach(({ name, set }) => {
		const fuse = compare('plain fuse.js', plainFuse(engine.faq), set);
		const ours = compare('Cooldown', engineAnswerer(engine), set);
		print(`  ${name.padEnd(12)} plain fuse.js ${percent(fuse.inScope).padStart(6)} / ${percent(fuse.offTopic).padStart(6)}    Cooldown ${percent(ours.inScope).padStart(6)} / ${percent(ours.offTopic).padStart(6)}`);
	});
}

sets.forEach(({ name }, i) => {
	if (name === 'held-out' && !flags['heldout-misses']) return;
	printMisses(name, results[i]!.report);
});
if (!flags['heldout-misses'] && sets.some(({ name }) => name === 'held-out')) print('\n(Held-out misses are not listed; see --help before asking for them.)');
if (flags.record) print(`\nRecorded these figures in ${LEVELS_FILE}.`);
print();
print(results.every(({ report, reliability: r }) => report.passed && r.ece <= ECE_TARGET) ? 'All targets met on every set.' : 'Some targets are not met (marked ✗).');

function printReliability(name: string, { buckets }: Reliability): void {
	print(`  ${name}:`);
	for (const b of buckets) print(`    ${b.from.toFixed(1)}–${(b.from + 0.1).toFixed(1)}: ${String(b.questions).padStart(4)} questions, mean confidence ${percent(b.confidence).padStart(6)}, acceptable ${percent(b.accuracy).padStart(6)}`);
}

function printMisses(name: string, report: EvalReport): void {
	for (const figure of report.figures.filter((f) => f.misses.length > 0)) {
		print();
		print(`${name} — ${figure.name}:`);
		for (const miss of figure.misses) print(`  "${miss.question}"\n      expected ${miss.expected}, got ${miss.got}`);
	}
}

function remembering(inner: Engine): Engine {
	const asked = new Map<string, Match>();
	const ranked = new Map<string, Suggestion[]>();
	return {
		...inner,
		ask(question) {
			let match = asked.get(question);
			if (!match) asked.set(question, (match = inner.ask(question)));
			return match;
		},
		rank(question, limit) {
			const key = `${limit}\u0000${question}`;
			let rank = ranked.get(key);
			if (!rank) ranked.set(key, (rank = inner.rank(question, limit)));
			return rank;
		},
	};
}
