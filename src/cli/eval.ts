import { evaluate } from '../eval/evaluate.js';
import { readLabelledSet } from '../eval/labelled-set.js';
import { formatProblem } from '../faq/model.js';
import { exitWith, loadContext } from './context.js';

const file = process.argv[2] ?? 'tests/eval/questions.yaml';
const set = await readLabelledSet(file);
if (!set.ok) exitWith(set.errors.map(formatProblem));

const { engine, config } = await loadContext();
const report = evaluate(engine, set.value);
const percent = (n: number) => `${(n * 100).toFixed(1)}%`;

process.stdout.write(`Evaluating ${config.faqDir} against ${file}\n\n`);
for (const figure of report.figures) {
	const rate = figure.hits / figure.total;
	const target = figure.target === 0 ? '' : `  (target ${figure.higherIsBetter ? '≥' : '≤'} ${percent(figure.target)})`;
	process.stdout.write(`${figure.name}: ${figure.hits}/${figure.total} = ${percent(rate)}${target}\n`);
}
for (const figure of report.figures.filter((f) => f.misses.length > 0)) {
	process.stdout.write(`\nMisses — ${figure.name}:\n`);
	for (const miss of figure.misses) process.stdout.write(`  "${miss.question}"\n      expected ${miss.expected}, got ${miss.got}\n`);
}
process.stdout.write(`\n${report.passed ? 'All targets met.' : 'Some targets are not met.'}\n`);
