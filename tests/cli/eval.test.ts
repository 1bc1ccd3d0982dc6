import { describe, test } from 'vitest';
import { FIGURE_NAMES } from '../../src/eval/evaluate.js';
import { readLabelledSet } from '../../src/eval/labelled-set.js';
import { LABELLED_SETS } from '../../src/eval/sets.js';
import { runCli, runCommand } from '../fixtures/cli.js';

describe.concurrent('npm run eval', () => {
	test('GIVEN `npm run -s eval`, as the README writes it, WHEN run THEN every set is measured side by side, every question counted once, and held-out misses are not listed', async ({ expect }) => {
		const [run, ...sets] = await Promise.all([runCommand('sh', ['-c', 'npm run -s eval'], { timeoutMs: 60_000 }), ...LABELLED_SETS.map(({ file }) => readLabelledSet(file))]);
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		const values = sets.map((set) => {
			if (!set.ok) throw new Error('the labelled sets must load');
			return set.value;
		});
		const lines = run.stdout.split('\n');
		expect(lines[0]).toBe(`Evaluating ./faq: ${LABELLED_SETS.map(({ name, file }) => `${name} = ${file}`).join(', ')}`);
		const totals = (name: string) => [...(lines.find((l) => l.startsWith(name)) ?? '').matchAll(/(\d+)\/(\d+) = /g)].map((m) => Number(m[2]));
		expect(totals(FIGURE_NAMES.inScope)).toEqual(values.map((set) => set.in_scope.length));
		expect(totals(FIGURE_NAMES.offTopic)).toEqual(values.map((set) => set.off_topic.length));
		expect(totals(FIGURE_NAMES.urgent)).toEqual(values.filter((set) => set.urgent.length > 0).map((set) => set.urgent.length));
		expect(run.stdout).toContain('calibration error of the score (ECE)');
		expect(run.stdout).toContain('development — ');
		expect(run.stdout).not.toContain('held-out — ');
		expect(run.stdout).toContain('(Held-out misses are not listed; see --help before asking for them.)');
		expect(lines.at(-2)).toMatch(/^(All targets met on every set|Some targets are not met \(marked ✗\))\.$/);
	}, 60_000);

	test('GIVEN --set development WHEN run THEN only the development set is measured', async ({ expect }) => {
		const run = await runCli('eval', ['--set', 'development']);
		expect(run.code).toBe(0);
		expect(run.stdout.split('\n')[0]).toBe(`Evaluating ./faq: development = ${LABELLED_SETS[0].file}`);
		expect(run.stdout).not.toContain('held-out');
	});

	test.for([
		{ args: ['--set', 'no-such-set'], problem: 'Unknown set "no-such-set": use development or calibration or held-out.' },
		{ args: ['--set', 'development', '--record'], problem: '--record writes the levels of every set: leave out --set.' },
		{ args: ['tests/eval/development.yaml'], problem: "Unexpected argument 'tests/eval/development.yaml'. This command does not take positional arguments" },
	])('GIVEN $args WHEN evaluated THEN it says what is wrong on stderr and exits 2', async ({ args, problem }, { expect }) => {
		const run = await runCli('eval', args);
		expect(run.code).toBe(2);
		expect(run.stdout).toBe('');
		expect(run.stderr.split('\n')[0]).toBe(problem);
	});
});
