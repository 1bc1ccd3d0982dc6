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

	test('GIVEN npm run -s bench -- --help WHEN run THEN it prints its usage and exits 0 without benchmarking', async ({ expect }) => {
		const run = await runCommand('npm', ['run', '-s', 'bench', '--', '--help']);
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		expect(run.stdout).toMatch(/^Usage: npm run -s bench\n/);
		expect(run.stdout).not.toContain('Cooldown benchmarks');
	});
});
