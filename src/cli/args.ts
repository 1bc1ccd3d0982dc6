import { parseArgs } from 'node:util';
import { fail, ok, type Result } from '../lib/result.js';
import { exitWith } from './context.js';

/** What one command-line program accepts: on/off flags, options with a value, and, for some, words (a question, a file). */
export interface CommandLine<F extends string, V extends string = never> {
	/** Printed for --help (on stdout, exit 0) and under a mistake (on stderr, exit 2). */
	readonly usage: readonly string[];
	readonly flags?: readonly F[];
	/** Options that take a value: `--set development`. */
	readonly values?: readonly V[];
	readonly words?: boolean;
}

export interface Args<F extends string, V extends string = never> {
	readonly help: boolean;
	readonly flags: Readonly<Record<F, boolean>>;
	readonly values: Readonly<Partial<Record<V, string>>>;
	readonly words: readonly string[];
}

/** The arguments, or what is wrong with them. Every program also takes `--help` and `-h`. */
export function parseCommandLine<F extends string, V extends string = never>(args: readonly string[], line: CommandLine<F, V>): Result<Args<F, V>, string> {
	const names = line.flags ?? [];
	const valueNames = line.values ?? [];
	try {
		const { values, positionals } = parseArgs({
			args: [...args],
			options: {
				help: { type: 'boolean', short: 'h' },
				...Object.fromEntries(names.map((name) => [name, { type: 'boolean' } as const])),
				...Object.fromEntries(valueNames.map((name) => [name, { type: 'string' } as const])),
			},
			allowPositionals: line.words ?? false,
			strict: true,
		});
		const given = values as Record<string, boolean | string | undefined>;
		const flags = Object.fromEntries(names.map((name) => [name, given[name] === true])) as Record<F, boolean>;
		const chosen = Object.fromEntries(valueNames.flatMap((name) => (typeof given[name] === 'string' ? [[name, given[name]]] : []))) as Partial<Record<V, string>>;
		return ok({ help: given.help === true, flags, values: chosen, words: positionals });
	} catch (error) {
		// parseArgs says what is wrong in a sentence ("Unknown option '--jsn'"); anything else is a bug.
		if (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS_')) return fail([error.message]);
		throw error;
	}
}

/** The arguments of this process; `--help` prints the usage and ends it with 0, a mistake with 2. */
export function readCommandLine<F extends string, V extends string = never>(line: CommandLine<F, V>, args = process.argv.slice(2)): Args<F, V> {
	const parsed = parseCommandLine(args, line);
	if (!parsed.ok) exitWithUsage(line, parsed.errors[0]);
	if (parsed.value.help) {
		process.stdout.write(`${line.usage.join('\n')}\n`);
		process.exit(0);
	}
	return parsed.value;
}

/** A mistake only the program can see (no question, an unknown subcommand): the problem and the usage, exit 2. */
export function exitWithUsage(line: CommandLine<string, string>, problem?: string): never {
	exitWith([...(problem === undefined ? [] : [problem]), ...line.usage]);
}
