import { compare, engineAnswerer, plainFuse } from '../eval/baseline.js';
import { calibration } from '../eval/calibration.js';
import { evaluate } from '../eval/evaluate.js';
import { readLabelledSet } from '../eval/labelled-set.js';
import { formatProblem } from '../faq/model.js';
import { exitWithUsage, readCommandLine } from './args.js';
import { exitWith, loadContext } from './context.js';

const DEFAULT_SET = 'tests/eval/questions.yaml';
const COMMAND_LINE = {
	usage: [
		'Usage: npm run -s eval [-- questions.yaml]',
		`Measures how well the FAQ in FAQ_DIR answers a labelled set of questions (default ${DEFAULT_SET}): the`,
		'share answered right, off-topic ones declined and emergencies triaged, against their targets.',
	],
	words: true,
};
const words = readCommandLine(COMMAND_LINE).words;
if (words.length > 1) exitWithUsage(COMMAND_LINE, 'Give at most one labelled set.');
const file = words[0] ?? DEFAULT_SET;
const set = await readLabelledSet(file);
if (!set.ok) exitWith(set.errors.map(formatProblem));

const { engine, config } = await loadContext();
const report = evaluate(engine, set.value);
const percent = (n: number) => `${(n * 100).toFixed(1)}%`;
const print = (line = '') => process.stdout.write(`${line}\n`);

print(`Evaluating ${config.faqDir} against ${file}`);
print();
for (const figure of report.figures) {
	const target = figure.target === 0 ? '' : `  (target ${figure.higherIsBetter ? '≥' : '≤'} ${percent(figure.target)})`;
	print(`${figure.name}: ${figure.hits}/${figure.total} = ${percent(figure.hits / figure.total)}${target}`);
}

print();
print('Confidence of answered questions (in-scope and off-topic) against how often they were right:');
for (const { from, answered, right } of calibration(engine, set.value)) {
	print(`  score ${from.toFixed(1)}–${(from + 0.1).toFixed(1)}: ${right}/${answered} right (${percent(right / answered)})`);
}

print();
print('Compared with plain fuse.js on the same questions (in-scope right / off-topic unanswered):');
for (const { name, inScope, offTopic } of [compare('plain fuse.js', plainFuse(engine.faq), set.value), compare('Cooldown', engineAnswerer(engine), set.value)]) {
	print(`  ${name.padEnd(14)} ${percent(inScope).padStart(6)} / ${percent(offTopic).padStart(6)}`);
}

for (const figure of report.figures.filter((f) => f.misses.length > 0)) {
	print();
	print(`Misses — ${figure.name}:`);
	for (const miss of figure.misses) print(`  "${miss.question}"\n      expected ${miss.expected}, got ${miss.got}`);
}
print();
print(report.passed ? 'All targets met.' : 'Some targets are not met.');
