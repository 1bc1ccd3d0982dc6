import { rm } from 'node:fs/promises';
import { describe, test } from 'vitest';
import { runCli } from '../fixtures/cli.js';
import { all, copyMinFaq, edit } from '../fixtures/faq.js';

describe.concurrent('npm run faq -- check', () => {
	test('GIVEN the shipped FAQ WHEN checked THEN it exits 0', async ({ expect }) => {
		const run = await runCli('faq', ['check']);
		// The report is printed so a failure shows what to fix.
		expect(run.stdout + run.stderr).not.toContain('✗');
		expect(run.code).toBe(0);
	});

	test('GIVEN a broken copy of a pack (FAQ_DIR) WHEN checked THEN it exits 1 and names each file, entry and field', async ({ expect }) => {
		const dir = await copyMinFaq(
			all(
				edit('entries/muscle-soreness.md', (t) => t.replace('experts: [archambault, gardner]', 'experts: [house, gardner]')),
				edit('entries/sleep-and-recovery.md', (t) => t.replace('sources: [article]', 'sources: [blog]')),
			),
		);
		try {
			const run = await runCli('faq', ['check'], { env: { FAQ_DIR: dir } });
			expect(run.code).toBe(1);
			expect(run.stdout).toContain(dir);
			expect(run.stdout).toContain('2 problems');
			expect(run.stdout).toMatch(/entries\/muscle-soreness\.md \(entry "muscle-soreness", field "experts\[0\]"\): unknown expert.*"house"/);
			expect(run.stdout).toMatch(/entries\/sleep-and-recovery\.md \(entry "sleep-and-recovery", field "sources\[0\]"\): unknown source.*"blog"/);
		} finally {
			await rm(dir, { recursive: true, force: true });
		}
	});

	test('GIVEN LOG_LEVEL=loud WHEN checked THEN it exits 2 with one line naming LOG_LEVEL and the allowed values', async ({ expect }) => {
		const run = await runCli('faq', ['check'], { env: { LOG_LEVEL: 'loud' } });
		expect(run.code).toBe(2);
		expect(run.stdout).toBe('');
		const named = run.stderr.split('\n').filter((line) => line.includes('LOG_LEVEL'));
		expect(named).toHaveLength(1);
		expect(named[0]).toContain('one of fatal, error, warn, info, debug, trace, silent');
		expect(named[0]).toContain('"loud"');
	});
});
