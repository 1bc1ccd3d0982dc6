import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { runCommand } from './fixtures/cli.js';

/** Every command line in the README's shell blocks, without its trailing comment. */
const lines = [...readFileSync('README.md', 'utf8').matchAll(/^ *```sh\n([\s\S]*?)^ *```$/gm)]
	.flatMap((block) => block[1]!.split('\n'))
	.map((line) => line.replace(/\s+#.*$/, '').trim())
	.filter((line) => line !== '' && !line.startsWith('#'));

/** Lines this suite does not run, and why. */
const NOT_RUN: Record<string, string> = {
	'npm ci && npm start': 'reinstalls node_modules under the running tests; `npm run -s start` alone is run below',
	'npm ci && npm test': 'would run this suite inside itself',
	'npm test': 'would run this suite inside itself',
	'npm run -s bench': 'takes a minute; tests/cli/help.test.ts runs its --help',
	'npm run -s typecheck': 'npm test runs it first',
	'npm run -s eval': 'tests/cli/eval.test.ts runs exactly this line and reads its report',
	'npm run -s faq -- report --days 7': 'reads the bot\'s database; tests/cli/faq-learning.test.ts runs report against one',
	'npm run -s faq -- suggest': 'reads the bot\'s database; tests/cli/faq-learning.test.ts runs suggest against one',
	'npm run -s faq -- suggest --apply': 'reads the bot\'s database and changes the FAQ; tests/cli/faq-learning.test.ts runs it on a copy',
	'npm run -s tune': 'takes about twenty minutes; tests/cli/help.test.ts runs its --help',
	'npm run -s asked': 'rewrites faq/asked.txt; tests/eval/asked.test.ts checks the file is what it writes, and tests/cli/help.test.ts runs its --help',
	'npm run -s english-words': 'rewrites a source file; tests/match/english.test.ts checks the file is what it writes',
};

/** Lines that are not in a shell block but are the README's own words for a command. */
const ALSO_RUN = ['npm run -s start'];

describe('the README', () => {
	test('GIVEN the README THEN it has the command lines this suite expects, each run below or listed as not run', () => {
		expect(lines.length).toBeGreaterThanOrEqual(12);
		for (const line of Object.keys(NOT_RUN)) expect(lines).toContain(line);
		for (const line of lines) expect(line, 'write npm run -s, so npm adds nothing to the output').not.toMatch(/npm run (?!-s )/);
		expect(lines, 'the README contract: two commands do everything').toEqual(expect.arrayContaining(['npm ci && npm start', 'npm ci && npm test']));
	});

	test.concurrent.for([...lines.filter((line) => !(line in NOT_RUN)), ...ALSO_RUN])(
		'GIVEN `%s` as written WHEN a person runs it THEN it prints only its own output',
		async (line, { expect }) => {
			// Runs `register` too: without a token it must refuse cleanly, naming what is missing.
			const run = await runCommand('sh', ['-c', line], { timeoutMs: 30_000 });
			const registers = line.includes(' register');
			expect(run.code, run.stderr).toBe(registers ? 2 : 0);
			for (const output of [run.stdout, run.stderr]) expect(output).not.toMatch(/^> cooldown@|^npm (error|warn|ERR!)/m);
			if (registers) expect(run.stderr).toMatch(/^Cannot register commands: DISCORD_TOKEN and DISCORD_APPLICATION_ID must be set/);
			else expect(run.stderr).toBe('');
			if (line.includes('--json')) expect(() => JSON.parse(run.stdout)).not.toThrow();
			if (line.includes('--stdin')) {
				const answers = run.stdout.trimEnd().split('\n');
				expect(answers.length).toBeGreaterThan(1);
				for (const answer of answers) expect(() => JSON.parse(answer)).not.toThrow();
			}
		},
	);
});
