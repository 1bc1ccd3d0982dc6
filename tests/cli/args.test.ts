import { describe, expect, test } from 'vitest';
import { parseCommandLine } from '../../src/cli/args.js';

const ASK = { usage: ['Usage: ask'], flags: ['json', 'stdin'], words: true } as const;
const PLAIN = { usage: ['Usage: register'] } as const;

describe('parseCommandLine', () => {
	test.each([
		{ args: ['--help'], help: true, flags: { json: false, stdin: false }, words: [] },
		{ args: ['-h'], help: true, flags: { json: false, stdin: false }, words: [] },
		{ args: ['does', 'hiit', 'hurt', '--help'], help: true, flags: { json: false, stdin: false }, words: ['does', 'hiit', 'hurt'] },
		{ args: ['--json', 'does hiit hurt?'], help: false, flags: { json: true, stdin: false }, words: ['does hiit hurt?'] },
		{ args: ['--stdin'], help: false, flags: { json: false, stdin: true }, words: [] },
		{ args: [], help: false, flags: { json: false, stdin: false }, words: [] },
		// After "--" everything is words, even what looks like an option.
		{ args: ['--', '-h', '--json'], help: false, flags: { json: false, stdin: false }, words: ['-h', '--json'] },
	])('GIVEN $args THEN help is $help, the flags are $flags and the words $words', ({ args, help, flags, words }) => {
		expect(parseCommandLine(args, ASK)).toEqual({ ok: true, value: { help, flags, values: {}, words } });
	});

	test.each([
		{ args: ['--set', 'development'], values: { set: 'development' } },
		{ args: ['--set=held-out', '--record'], values: { set: 'held-out' } },
		{ args: ['--record'], values: {} },
	])('GIVEN $args to a program with a value option THEN the values are $values', ({ args, values }) => {
		const parsed = parseCommandLine(args, { usage: ['Usage: eval'], flags: ['record'], values: ['set'] });
		expect(parsed.ok && parsed.value.values).toEqual(values);
	});

	test.each([
		{ line: ASK, args: ['--jsn', 'doms'], error: "Unknown option '--jsn'" },
		{ line: ASK, args: ['-j'], error: "Unknown option '-j'" },
		{ line: ASK, args: ['--json=yes'], error: "Option '--json' does not take an argument" },
		{ line: PLAIN, args: ['now'], error: "Unexpected argument 'now'" },
		{ line: { usage: ['Usage: eval'], values: ['set'] }, args: ['--set'], error: "Option '--set <value>' argument missing" },
	])('GIVEN $args THEN the problem is named: $error', ({ line, args, error }) => {
		const parsed = parseCommandLine(args, line);
		expect(parsed.ok).toBe(false);
		if (!parsed.ok) expect(parsed.errors[0]).toMatch(new RegExp(`^${error.replace(/[[\]()?*+.]/g, '\\$&')}`));
	});
});
