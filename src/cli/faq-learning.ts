import type { Config } from '../config.js';
import { diffFaqs } from '../faq/diff.js';
import { formatProblem, type Problem } from '../faq/model.js';
import { checkPack, packChecker } from '../serving/pack-check.js';
import { readPackFiles } from '../faq/pack-files.js';
import { systemClock } from '../lib/clock.js';
import { createLogger } from '../logger.js';
import type { Engine } from '../match/engine.js';
import { createDesk } from '../moderation/desk.js';
import { createEditor } from '../moderation/edit.js';
import type { Suggestion } from '../match/types.js';
import { buildReport, REPORT_DAYS, reportScope, unansweredGroups, type FaqReport } from '../moderation/report.js';
import { openSqliteStore } from '../store/sqlite/open.js';
import type { Store } from '../store/store.js';
import { checkOptions } from './context.js';

/**
 * `npm run -s faq -- report` and `suggest`: what members asked, for whoever keeps the files. They read
 * the bot's database at DATABASE_PATH (every server together) and never create one; only
 * `suggest --apply` writes, through the same checked, history-keeping path as /faqadmin.
 */

export interface LearningArgs {
	readonly days: number;
	readonly apply: boolean;
}

/** `--days N` (1–3650) and, for suggest, `--apply`; a message for anything else. */
export function learningArgs(command: 'report' | 'suggest', days: string | undefined, apply: boolean): LearningArgs | string {
	if (apply && command !== 'suggest') return '--apply is for suggest only';
	if (days === undefined) return { days: REPORT_DAYS, apply };
	if (!/^\d+$/.test(days) || Number(days) < 1 || Number(days) > 3650) return '--days takes a whole number of days from 1 to 3650';
	return { days: Number(days), apply };
}

export async function printReport(config: Config, engine: Engine, { days }: LearningArgs, print: (line: string) => void): Promise<number> {
	const store = await open(config, false);
	if (typeof store === 'string') return refuse(store, print);
	try {
		const report = await buildReport(store.learning, engine, systemClock.now(), days);
		for (const line of reportLines(report, config.database.path)) print(line);
		return 0;
	} finally {
		await store.close();
	}
}

export function reportLines(report: FaqReport, path: string): string[] {
	const widest = Math.max(1, ...report.perDay.map(({ count }) => count));
	const named = (id: string, question?: string) => (question ? `${question} (${id})` : `${id} (no longer in the FAQ)`);
	return [
		`FAQ report, last ${report.days} day${report.days === 1 ? '' : 's'}, every server, from ${path}`,
		'',
		`Questions answered: ${report.answered} (per day, UTC)`,
		...report.perDay.map(({ day, count }) => `  ${day}  ${'█'.repeat(Math.round((count / widest) * 30)).padEnd(30)} ${count}`),
		'',
		'Most asked:',
		...orNone(report.topEntries.map(({ id, question, count }, index) => `  ${index + 1}. ${named(id, question)}: ${count}`)),
		'',
		'Helpfulness:',
		...orNone(report.helpfulness.map(({ id, question, helpful, notHelpful }) => `  ${named(id, question)}: ${helpful} helpful, ${notHelpful} not (${Math.round((100 * helpful) / (helpful + notHelpful))}% helpful)`)),
		'',
		'Not answered, most asked first:',
		...orNone(report.unanswered.map((group, index) => `  ${index + 1}. ${groupLine(group)}${group.guesses[0] ? `; closest: ${group.guesses[0].id} (${percent(group.guesses[0])})` : ''}`)),
		...(report.settled > 0 ? ['', `${report.settled} question(s) the FAQ could not answer are answered by it now.`] : []),
		'',
		'`npm run -s faq -- suggest` proposes an entry for each unanswered question.',
	];
}

/**
 * For each group of unanswered questions, the entry it is closest to (the matcher's likeliest, if
 * at least its "suggest" confidence) or "new entry needed". With `apply`, each proposal is added as
 * an alternate through the editor (the whole pack checked, history kept), and the pack is checked
 * once more at the end.
 */
export async function suggest(config: Config, engine: Engine, { days, apply }: LearningArgs, print: (line: string) => void): Promise<number> {
	const store = await open(config, apply);
	if (typeof store === 'string') return refuse(store, print);
	try {
		const scope = reportScope(systemClock.now(), days);
		let current = engine;
		const groups = (await unansweredGroups(store.learning, current, scope)).filter((group) => current.ask(group.text).status !== 'answered');
		if (groups.length === 0) {
			print(`No unanswered questions in the last ${days} days: nothing to suggest.`);
			return 0;
		}
		const closest = (group: { readonly text: string }) => {
			const [best] = current.rank(group.text, 1);
			return best && best.score >= current.options.suggestConfidence ? best : undefined;
		};
		print(`${groups.length} group(s) of unanswered questions, last ${days} days, every server${apply ? '' : ' (nothing is changed without --apply)'}:`);
		const desk = apply
			? createDesk({
					editor: createEditor({ dir: config.faqDir, check: packChecker(checkOptions(config)) }),
					// The running bot's watcher serves the files; here the next groups are ranked against them.
					serve: async (pack) => {
						const changes = diffFaqs(current.faq, pack.faq);
						current = pack.engine;
						return changes;
					},
					engine: () => current,
					history: store.history,
					learning: store.learning,
					clock: systemClock,
					logger: createLogger('silent'),
				})
			: undefined;
		let failed = 0;
		for (const group of groups) {
			const best = closest(group);
			print(`  ${groupLine(group)}`);
			if (!best) {
				print('    → new entry needed: no entry is close (/faqadmin new, or a file in entries/)');
				continue;
			}
			print(`    → add as an alternate to ${best.id} ("${best.question}", ${percent(best)})`);
			if (!desk) continue;
			const done = await desk.accept({}, scope, group.key, best.id);
			if (done.ok) print(`    ✓ added to ${done.value.applied.file} (version ${done.value.record.number} in its history)`);
			else {
				failed += 1;
				print('    ✗ not added, nothing was changed:');
				printProblems(done.errors, print);
			}
		}
		if (!apply) return 0;
		return (await checkAfter(config, print)) && failed === 0 ? 0 : 1;
	} finally {
		await store.close();
	}
}

/** `faq check` once more on the files as they are now, so the moderator sees the pack is still good. */
async function checkAfter(config: Config, print: (line: string) => void): Promise<boolean> {
	const files = await readPackFiles(config.faqDir);
	const verdict = files.ok ? checkPack(files.value, checkOptions(config)) : files;
	if (verdict.ok) {
		print(`✓ The FAQ in ${config.faqDir} passes every check of \`npm run -s faq -- check\`.`);
		return true;
	}
	print(`✗ The FAQ in ${config.faqDir} has problems (\`npm run -s faq -- check\` shows them all):`);
	printProblems(verdict.errors, print);
	return false;
}

async function open(config: Config, write: boolean): Promise<Store | string> {
	const opened = await openSqliteStore(config.database.path, write ? { mustExist: true } : { readOnly: true });
	return opened.ok ? opened.value : opened.errors.join('\n');
}

function refuse(message: string, print: (line: string) => void): number {
	print(message);
	return 1;
}

function groupLine(group: { text: string; count: number; texts: readonly string[] }): string {
	return `"${group.text}" (asked ${group.count}×${group.texts.length > 1 ? ` in ${group.texts.length} wordings` : ''})`;
}

function percent({ score }: Suggestion): string {
	return `${Math.round(score * 100)}% likely`;
}

function orNone(lines: string[]): string[] {
	return lines.length > 0 ? lines : ['  none yet'];
}

function printProblems(problems: readonly Problem[], print: (line: string) => void): void {
	for (const problem of problems) print(`      ${formatProblem(problem)}`);
}
