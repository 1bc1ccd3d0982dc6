import { describe, test } from 'vitest';
import { readLabelledSet } from '../../src/eval/labelled-set.js';
import { runCli, runCommand } from '../fixtures/cli.js';

const SET = 'tests/eval/questions.yaml';

describe.concurrent('npm run eval', () => {
	test('GIVEN `npm run -s eval`, as the README writes it, WHEN run THEN every question of the labelled set is counted once under its figure and the report ends with a verdict', async ({ expect }) => {
		const [run, set] = await Promise.all([runCommand('sh', ['-c', 'npm run -s eval'], { timeoutMs: 30_000 }), readLabelledSet(SET)]);
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		if (!set.ok) throw new Error('the labelled set must load');
		const lines = run.stdout.split('\n');
		expect(lines[0]).toBe(`Evaluating ./faq against ${SET}`);
		const totals = Object.fromEntries(lines.flatMap((line) => [...line.matchAll(/^(.+): \d+\/(\d+) = \d+\.\d%/g)].map((m) => [m[1], Number(m[2])])));
		const { in_scope, off_topic, urgent, non_urgent_health } = set.value;
		expect(totals).toEqual({
			'in-scope answered with the right entry': in_scope.length,
			'off-topic not answered': off_topic.length,
			'urgent triaged': urgent.length,
			'health-worded non-urgent answered right': non_urgent_health.length,
			'false urgent (all non-urgent questions)': in_scope.length + off_topic.length + non_urgent_health.length,
		});
		expect(run.stdout).toContain('Compared with plain fuse.js on the same questions');
		expect(lines.at(-2)).toMatch(/^(All targets met|Some targets are not met)\.$/);
	});

	test.for([
		{ args: ['no/such/set.yaml'], problem: 'no/such/set.yaml: cannot read the labelled question set' },
		{ args: [SET, SET], problem: 'Give at most one labelled set.' },
	])('GIVEN $args WHEN evaluated THEN it says what is wrong on stderr and exits 2', async ({ args, problem }, { expect }) => {
		const run = await runCli('eval', args);
		expect(run.code).toBe(2);
		expect(run.stdout).toBe('');
		expect(run.stderr.split('\n')[0]).toBe(problem);
	});
});
