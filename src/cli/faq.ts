import { loadFaq } from '../faq/load.js';
import { formatProblem, type Faq, type Problem } from '../faq/model.js';
import { checkPack } from '../serving/pack-check.js';
import { readPackFiles } from '../faq/pack-files.js';
import { topicsOf } from '../faq/topics.js';
import { exitWithUsage, readCommandLine } from './args.js';
import { checkOptions, loadContext, loadSettings } from './context.js';
import { learningArgs, printReport, suggest } from './faq-learning.js';

const COMMAND_LINE = {
	usage: [
		'Usage: npm run -s faq -- check                          validate the FAQ files and test every example question',
		'       npm run -s faq -- list                           print every question, by topic',
		'       npm run -s faq -- report [--days N]              what members asked the bot (its database), last 30 days by default',
		'       npm run -s faq -- suggest [--days N] [--apply]   an entry for each unanswered question; --apply adds them as alternates',
	],
	flags: ['apply'],
	values: ['days'],
	words: true,
} as const;
const { words, flags, values } = readCommandLine(COMMAND_LINE);
const [command, ...rest] = words;
if ((command === 'report' || command === 'suggest') && rest.length === 0) {
	const args = learningArgs(command, values.days, flags.apply);
	if (typeof args === 'string') exitWithUsage(COMMAND_LINE, args);
	const { config, engine } = await loadContext();
	process.exit(await (command === 'report' ? printReport : suggest)(config, engine, args, print));
}
if ((command !== 'check' && command !== 'list') || rest.length > 0 || flags.apply || values.days !== undefined) exitWithUsage(COMMAND_LINE);

const config = loadSettings();
const dir = config.faqDir;

if (command === 'list') {
	const loaded = await loadFaq(dir);
	if (!loaded.ok) refuse(loaded.errors);
	listQuestions(loaded.value);
} else {
	// The same check a live reload and a moderator's edit run, so what passes here is what gets served.
	const files = await readPackFiles(dir);
	if (!files.ok) refuse(files.errors);
	const verdict = checkPack(files.value, checkOptions(config));
	const report = verdict.ok ? { faq: verdict.value.faq, misses: [], steals: [], competitions: [] } : verdict.matching;
	if (!report) refuse(verdict.ok ? [] : verdict.errors);
	const { faq, misses, steals, competitions } = report;
	print(`Checked ${dir}: ${count(faq.entries.length, 'entry', 'entries')}, ${count(faq.tips.length, 'tip')}, ${count(faq.experts.size, 'expert')}, ${count(faq.sources.size, 'source')}.`);
	print('✓ Every file is valid, every reference resolves and every answer fits in Discord.');
	section(misses, '✓ Every example, question and alternate resolves to its own entry.', (n) => `✗ ${count(n, 'question')} from the examples, questions and alternates do not reach their own entry:`);
	section(steals, '✓ No alternate takes a question from another entry.', (n) => `✗ ${count(n, 'alternate')} take${n === 1 ? 's' : ''} another entry's question; reword or remove ${n === 1 ? 'it' : 'them'}:`);
	if (competitions.length > 0) {
		print(`✗ ${count(competitions.length, 'pair')} of entries compete for the same questions; reword one of each pair so they read apart:`);
		for (const { a, b, questions } of competitions) print(`  "${a}" and "${b}": ${questions.map((q) => `"${q}"`).join(', ')}`);
	} else {
		print('✓ No two entries compete for the same questions.');
	}
	process.exit(verdict.ok ? 0 : 1);
}

function refuse(problems: readonly Problem[]): never {
	print(`✗ The FAQ in ${dir} has ${count(problems.length, 'problem')}. Nothing was changed; fix these and run the check again:`);
	printProblems(problems);
	process.exit(1);
}

function section(problems: readonly Problem[], good: string, bad: (n: number) => string): void {
	if (problems.length === 0) return print(good);
	print(bad(problems.length));
	printProblems(problems);
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
