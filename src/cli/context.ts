import dotenv from 'dotenv';
import { readConfig, type Config } from '../config.js';
import { loadFaq } from '../faq/load.js';
import { formatProblem } from '../faq/model.js';
import { createEngine, type Engine } from '../match/engine.js';

/**
 * What every command-line tool starts from: valid settings and a loaded FAQ. Problems are printed
 * for a person and end the process with status 2, the "your input is wrong" status of our tools.
 */
export async function loadContext(): Promise<{ config: Config; engine: Engine }> {
	dotenv.config({ quiet: true });
	const config = readConfig(process.env);
	if (!config.ok) exitWith(['Cooldown cannot start: a setting is invalid.', ...config.errors.map((line) => `  ${line}`)]);
	const faq = await loadFaq(config.value.faqDir);
	if (!faq.ok) {
		exitWith([
			`Cooldown cannot start: the FAQ in ${config.value.faqDir} has ${faq.errors.length} problem(s). Run "npm run faq -- check" for details.`,
			...faq.errors.slice(0, 10).map((problem) => `  ${formatProblem(problem)}`),
		]);
	}
	return { config: config.value, engine: createEngine(faq.value, config.value.maxQuestionLength) };
}

export function exitWith(lines: readonly string[], code = 2): never {
	process.stderr.write(`${lines.join('\n')}\n`);
	process.exit(code);
}
