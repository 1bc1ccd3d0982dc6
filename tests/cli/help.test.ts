import { describe, test } from 'vitest';
import type { PROGRAMS } from '../../scripts/bundle.mjs';
import { runCli, runCommand } from '../fixtures/cli.js';

const cases: { program: keyof typeof PROGRAMS; flag: string; usage: RegExp }[] = [
	{ program: 'start', flag: '--help', usage: /^Usage: npm run -s start\n/ },
	{ program: 'start', flag: '-h', usage: /^Usage: npm run -s start\n/ },
	{ program: 'ask', flag: '--help', usage: /^Usage: npm run -s ask -- "your question"/ },
	{ program: 'faq', flag: '--help', usage: /^Usage: npm run -s faq -- check/ },
	{ program: 'eval', flag: '--help', usage: /^Usage: npm run -s eval \[-- --set development\|calibration\|held-out\]/ },
	{ program: 'eval', flag: '-h', usage: /^Usage: npm run -s eval \[-- --set development\|calibration\|held-out\]/ },
	{ program: 'faq', flag: '-h', usage: /^Usage: npm run -s faq -- check/ },
	{ program: 'register', flag: '--help', usage: /^Usage: npm run -s register\n/ },
];

describe.concurrent('--help', () => {
	test.for(cases)('GIVEN $program $flag WHEN run THEN it prints its usage on stdout and exits 0, doing nothing else', async ({ program, flag, usage }, { expect }) => {
		const run = await runCli(program, [flag], { env: { DISCORD_TOKEN: 'a-token-that-must-never-be-used-0123' } });
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		expect(run.stdout).toMatch(usage);
		// Nothing ran: no chat banner, no report, no request to Discord.
		expect(run.stdout).not.toMatch(/in the terminal\.|Checked|Evaluating|Registered|Unknown option/);
	});

	// Scripts run from source, each of which would otherwise take minutes or rewrite a file.
	test.for([
		{ script: 'bench', work: 'Cooldown benchmarks' },
		{ script: 'tune', work: 'Best on the calibration set' },
		{ script: 'asked', work: 'in-scope questions of' },
		{ script: 'english-words', work: 'Wrote ' },
	])('GIVEN npm run -s $script -- --help WHEN run THEN it prints its usage and exits 0, doing nothing else', async ({ script, work }, { expect }) => {
		const run = await runCommand('npm', ['run', '-s', script, '--', '--help']);
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		expect(run.stdout).toMatch(new RegExp(`^Usage: npm run -s ${script}\n`));
		expect(run.stdout).not.toContain(work);
	});
});
