import dotenv from 'dotenv';
import { readConfig, type Config } from '../config.js';
import { parsePack } from '../faq/load.js';
import { formatProblem, type Faq, type Problem } from '../faq/model.js';
import { readPackFiles, type PackFiles } from '../faq/pack-files.js';
import { BUILD_ID } from '../lib/build.js';
import { cacheBeside } from '../lib/file-cache.js';
import { ok, type Result } from '../lib/result.js';
import { discordFit } from '../moderation/discord-fit.js';
import type { CheckOptions } from '../serving/pack-check.js';
import { notedPack, type PassedPacks } from '../serving/passed-packs.js';
import { createEngine, type Engine } from '../match/engine.js';

/**
 * What every command-line tool starts from. Problems are printed for a person and end the process
 * with status 2, the "your input is wrong" status of our tools.
 */

/** The settings from the environment and `.env`. */
export function loadSettings(): Config {
	exitQuietlyOnClosedOutput();
	dotenv.config({ quiet: true });
	const config = readConfig(process.env);
	if (!config.ok) exitWith(['Cooldown cannot start: a setting is invalid.', ...config.errors.map((line) => `  ${line}`)]);
	return config.value;
}

/** The settings and an engine on the FAQ they name. */
export async function loadContext(): Promise<{ config: Config; engine: Engine }> {
	const config = loadSettings();
	const files = await readPackFiles(config.faqDir);
	if (!files.ok) exitOnFaqProblems(config.faqDir, files.errors);
	const faq = readPack(files.value, config);
	if (!faq.ok) exitOnFaqProblems(config.faqDir, faq.errors);
	// The questions members asked are counted once and read back on later runs (faq/asked.txt).
	return { config, engine: createEngine(faq.value, { ...engineSettings(config), askedCache: cacheBeside(config.database.path, 'asked-cache') }) };
}

/** The pack, its YAML read from the note of a start that checked these very files, if there is one. */
function readPack(files: PackFiles, config: Config): Result<Faq, Problem> {
	const passed = checkedPacks(config);
	const known = passed && notedPack(passed, { files, ...engineSettings(config) });
	return known ? ok(known) : parsePack(files);
}

/** Where this build notes the packs that passed every check (`npm start` writes it; see `PassedPacks`). */
export function checkedPacks(config: Config): PassedPacks | undefined {
	const store = cacheBeside(config.database.path, 'check-cache');
	return BUILD_ID && store ? { store, build: BUILD_ID } : undefined;
}

export function exitOnFaqProblems(dir: string, problems: readonly Problem[]): never {
	exitWith([
		`Cooldown cannot start: the FAQ in ${dir} has ${problems.length} problem(s). Run "npm run -s faq -- check" for details.`,
		...problems.slice(0, 10).map((problem) => `  ${formatProblem(problem)}`),
	]);
}

/** A reader that stops reading (`npm start | head`) ends the program quietly, not with a stack trace. */
function exitQuietlyOnClosedOutput(): void {
	process.stdout.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code !== 'EPIPE') throw error;
		process.exit(0);
	});
}

export function exitWith(lines: readonly string[], code = 2): never {
	process.stderr.write(`${lines.join('\n')}\n`);
	process.exit(code);
}

/** The engine settings the environment gives: the question length limit and, when set, the answer threshold. */
export function engineSettings(config: Config): { maxQuestionLength: number; matcher?: { answerConfidence: number } } {
	return { maxQuestionLength: config.maxQuestionLength, ...(config.answerConfidence === undefined ? {} : { matcher: { answerConfidence: config.answerConfidence } }) };
}

/** What `faq check` checks the files with: the engine the bot would run, and replies that fit Discord. */
export function checkOptions(config: Config): CheckOptions {
	return { ...engineSettings(config), fits: discordFit };
}
