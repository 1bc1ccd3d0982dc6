import { checkBehaviour } from '../faq/check.js';
import { loadFaq } from '../faq/load.js';
import { formatProblem, type Faq, type Problem } from '../faq/model.js';
import { topicsOf } from '../faq/topics.js';
import { createEngine } from '../match/engine.js';
import { exitWithUsage, readCommandLine } from './args.js';
import { loadSettings } from './context.js';

const COMMAND_LINE = {
	usage: ['Usage: npm run -s faq -- check    validate the FAQ files and test every example question', '       npm run -s faq -- list     print every question, by topic'],
	words: true,
};
const [command, ...rest] = readCommandLine(COMMAND_LINE).words;
if ((command !== 'check' && command !== 'list') || rest.length > 0) exitWithUsage(COMMAND_LINE);

const config = loadSettings();
const dir = config.faqDir;
const loaded = await loadFaq(dir);

if (!loaded.ok) {
	print(`✗ The FAQ in ${dir} has ${count(loaded.errors.length, 'problem')}. Nothing was changed; fix these and run the check again:`);
	printProblems(loaded.errors);
	process.exit(1);
}

if (command === 'list') {
	listQuestions(loaded.value);
} else {
	const faq = loaded.value;
	const { misses, competitions } = checkBehaviour(createEngine(faq, config.maxQuestionLength));
	print(`Checked ${dir}: ${count(faq.entries.length, 'entry', 'entries')}, ${count(faq.tips.length, 'tip')}, ${count(faq.experts.size, 'expert')}, ${count(faq.sources.size, 'source')}.`);
	print('✓ Every file is valid and every reference resolves.');
	if (misses.length > 0) {
		print(`✗ ${count(misses.length, 'question')} from the examples, questions and alternates do not reach their own entry:`);
		printProblems(misses);
	} else {
		print('✓ Every example, question and alternate resolves to its own entry.');
	}
	if (competitions.length > 0) {
		print(`✗ ${count(competitions.length, 'pair')} of entries compete for the same questions; reword one of each pair so they read apart:`);
		for (const { a, b, questions } of competitions) print(`  "${a}" and "${b}": ${questions.map((q) => `"${q}"`).join(', ')}`);
	} else {
		print('✓ No two entries compete for the same questions.');
	}
	process.exit(misses.length + competitions.length > 0 ? 1 : 0);
}

function listQuestions(faq: Faq): void {
	for (const { name, entries } of topicsOf(faq)) print(`${name}\n${entries.map((entry) => `  ${entry.question}  (${entry.id})`).join('\n')}\n`);
}

function printProblems(problems: readonly Problem[]): void {
	for (const problem of problems) print(`  ${formatProblem(problem)}`);
}

function print(line: string): void {
	process.stdout.write(`${line}\n`);
}

function count(n: number, singular: string, plural = `${singular}s`): string {
	return `${n} ${n === 1 ? singular : plural}`;
}
