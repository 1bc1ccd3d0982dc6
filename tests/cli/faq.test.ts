import { rm } from 'node:fs/promises';
import { describe, test } from 'vitest';
import { runCli } from '../fixtures/cli.js';
import { all, copyMinFaq, edit, type Mutation } from '../fixtures/faq.js';

const SORE = 'entries/muscle-soreness.md';
const SLEEP = 'entries/sleep-and-recovery.md';

/** `npm run faq -- check` on a changed copy of the mini pack. */
async function checkCopy(mutate: Mutation) {
	const dir = await copyMinFaq(mutate);
	try {
		return { dir, run: await runCli('faq', ['check'], { env: { FAQ_DIR: dir } }) };
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}

describe.concurrent('npm run faq -- check', () => {
	test('GIVEN the shipped FAQ WHEN checked THEN it exits 0 and says each check passed', async ({ expect }) => {
		const run = await runCli('faq', ['check']);
		// The report is printed so a failure shows what to fix.
		expect(run.stdout + run.stderr).not.toContain('✗');
		expect(run.stdout).toContain('✓ Every file is valid, every reference resolves and every answer fits in Discord.');
		expect(run.stdout).toContain('✓ No alternate takes a question from another entry.');
		expect(run.code).toBe(0);
	});

	test('GIVEN a broken copy of a pack (FAQ_DIR) WHEN checked THEN it exits 1 and names each file, entry and field', async ({ expect }) => {
		const { dir, run } = await checkCopy(
			all(
				edit(SORE, (t) => t.replace('experts: [archambault, gardner]', 'experts: [house, gardner]')),
				edit(SLEEP, (t) => t.replace('sources: [article]', 'sources: [blog]')),
			),
		);
		expect(run.code).toBe(1);
		expect(run.stdout).toContain(dir);
		expect(run.stdout).toContain('2 problems');
		expect(run.stdout).toMatch(/entries\/muscle-soreness\.md \(entry "muscle-soreness", field "experts\[0\]"\): unknown expert.*"house"/);
		expect(run.stdout).toMatch(/entries\/sleep-and-recovery\.md \(entry "sleep-and-recovery", field "sources\[0\]"\): unknown source.*"blog"/);
	});

	// test.for hands each case the test context, whose expect a concurrent test needs.
	test.for([
		{
			name: 'an entry without its topic',
			mutate: edit(SORE, (t) => t.replace('topic: Workouts\n', '')),
			lines: ['✗ The FAQ in', '  entries/muscle-soreness.md:2 (entry "muscle-soreness", field "topic"): is required'],
		},
		{
			name: 'credentials too long for Discord, of an expert two entries name',
			mutate: edit('experts.yaml', (t) => t.replace('credentials: Physical therapist and strength coach', `credentials: ${'Coach '.repeat(200).trim()}`)),
			lines: ['1 problem.', `  experts.yaml (entry "archambault"): its name and credentials come to 1223 characters in an answer's "Expert" section; Discord allows 1024`],
		},
		{
			name: 'an alternate that takes another entry\'s example',
			mutate: edit(SLEEP, (t) => t.replace('  - is rest important for recovery\n', '  - is rest important for recovery\n  - sore two days after the gym\n')),
			lines: [
				'✓ Every file is valid, every reference resolves and every answer fits in Discord.',
				'  entries/muscle-soreness.md (entry "muscle-soreness", field "examples[0]"): "why am i so sore two days after the gym" is answered by entry "sleep-and-recovery" instead',
				'✗ 1 alternate takes another entry\'s question; reword or remove it:',
				'  entries/sleep-and-recovery.md (entry "sleep-and-recovery", field "alternates[3]"): "sore two days after the gym" takes "why am i so sore two days after the gym" (examples[0] of entry "muscle-soreness") away from that entry; without this alternate it is answered there. Reword or remove it.',
				'  "muscle-soreness" and "sleep-and-recovery": "why am i so sore two days after the gym"',
			],
		},
		{
			name: 'an alternate that says a subject pack.yaml lists as not covered',
			mutate: all(
				edit('pack.yaml', (t) => t.replace('subject: [', 'uncovered: [melatonin]\nsubject: [')),
				edit(SLEEP, (t) => t.replace('  - is rest important for recovery\n', '  - is rest important for recovery\n  - does melatonin help me sleep and recover\n')),
			),
			lines: [
				'1 problem.',
				'  entries/sleep-and-recovery.md (entry "sleep-and-recovery", field "alternates[3]"): says "melatonin", which pack.yaml lists as a subject the FAQ does not cover: reword it, or take "melatonin" off that list if this entry answers it',
			],
		},
	])('GIVEN $name WHEN checked THEN it exits 1 with a line a moderator can act on', async ({ mutate, lines }, { expect }) => {
		const { run } = await checkCopy(mutate);
		expect(run.code).toBe(1);
		for (const line of lines) expect(run.stdout).toContain(line);
		// Reported once, on the file to fix: no entry is blamed for it as well.
		expect(run.stdout.split('\n').filter((line) => line.startsWith('  entries/') && line.includes('archambault'))).toEqual([]);
	});

	test('GIVEN FAQ_DIR names no folder WHEN checked THEN it exits 1 saying the folder is missing', async ({ expect }) => {
		const run = await runCli('faq', ['check'], { env: { FAQ_DIR: '/nonexistent/cooldown-faq' } });
		expect(run.code).toBe(1);
		expect(run.stdout).toContain('/nonexistent/cooldown-faq: the FAQ folder is missing or cannot be read');
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
