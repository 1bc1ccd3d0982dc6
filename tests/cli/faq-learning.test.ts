import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { lastDays, utcDay } from '../../src/lib/day.js';
import { runCli } from '../fixtures/cli.js';
import { copyMinFaq } from '../fixtures/faq.js';
import { openStore, tempDatabase } from '../fixtures/store.js';

const GUILD = '1200000000000000001';
const OTHER_GUILD = '1200000000000000002';
const SORE = 'entries/muscle-soreness.md';
const LEGS = 'my legs hurt after squats';

let dir: string;
let db: Awaited<ReturnType<typeof tempDatabase>>;
const today = utcDay(Date.now());
const run = (args: string[]) => runCli('faq', args, { env: { FAQ_DIR: dir, DATABASE_PATH: db.path }, timeoutMs: 30_000 });

beforeEach(async () => {
	dir = await copyMinFaq();
	db = await tempDatabase();
	const store = await openStore(db.path);
	const [twoDaysAgo] = lastDays(Date.now(), 3);
	for (const [guildId, entryId, day] of [
		[GUILD, 'sleep-and-recovery', today],
		[GUILD, 'sleep-and-recovery', twoDaysAgo],
		[OTHER_GUILD, 'muscle-soreness', today],
	] as const) {
		await store.learning.answered({ guildId, entryId, day: day! });
	}
	await store.learning.vote({ guildId: GUILD, entryId: 'sleep-and-recovery', voter: 'v1', helpful: true, day: today });
	for (const [guildId, text, status] of [
		[GUILD, LEGS, 'ambiguous'],
		[OTHER_GUILD, LEGS, 'ambiguous'],
		[GUILD, 'legs hurting after squats?', 'ambiguous'],
		[GUILD, 'best protein powder', 'no_match'],
	] as const) {
		await store.learning.unanswered({ guildId, day: today, text, status });
	}
	await store.close();
});
afterEach(async () => {
	await rm(dir, { recursive: true, force: true });
	await db.remove();
});

// One database and pack copy per test (beforeEach), so these run one after another.
describe('npm run faq -- report', () => {
	test('GIVEN the bot\'s database THEN every server\'s numbers are printed: per day, most asked, helpfulness, unanswered with the closest entry', async () => {
		const { code, stdout } = await run(['report', '--days', '3']);
		expect(code).toBe(0);
		const lines = stdout.split('\n');
		expect(lines[0]).toBe(`FAQ report, last 3 days, every server, from ${db.path}`);
		expect(lines).toContain('Questions answered: 3 (per day, UTC)');
		expect(lines.filter((line) => /^ {2}\d{4}-\d{2}-\d{2} /.test(line)).map((line) => line.trim().split(/\s+/).pop())).toEqual(['1', '0', '2']);
		expect(lines).toContain('  1. Does sleep help recovery? (sleep-and-recovery): 2');
		expect(lines).toContain('  2. Why are my muscles sore after a workout? (muscle-soreness): 1');
		expect(lines).toContain('  Does sleep help recovery? (sleep-and-recovery): 1 helpful, 0 not (100% helpful)');
		expect(stdout).toMatch(new RegExp(`  1\\. "${LEGS}" \\(asked 3× in 2 wordings\\); closest: muscle-soreness \\(\\d+% likely\\)`));
		expect(stdout).toContain('  2. "best protein powder" (asked 1×)\n');
	});

	test('GIVEN no database at DATABASE_PATH THEN it says so, exits 1, and creates nothing', async () => {
		const missing = path.join(db.dir, 'nowhere', 'cooldown.db');
		const { code, stdout } = await runCli('faq', ['report'], { env: { FAQ_DIR: dir, DATABASE_PATH: missing } });
		expect(code).toBe(1);
		expect(stdout).toBe(`There is no database at ${missing} yet: the Discord bot creates it when it first starts, and records what members ask from then on.\n`);
		await expect(readFile(missing)).rejects.toThrow(/ENOENT/);
	});

	test.each([['--days', '0'], ['--days'], ['--apply'], ['--loud']])('GIVEN report %s THEN it exits 2 with what is wrong and the usage', async (...args) => {
		const { code, stderr } = await run(['report', ...args]);
		expect(code).toBe(2);
		expect(stderr).toContain('Usage: npm run -s faq -- check');
	});
});

describe('npm run faq -- suggest', () => {
	test('GIVEN unanswered questions THEN each group gets its closest entry or "new entry needed", and no file or row changes', async () => {
		const before = await readFile(path.join(dir, SORE), 'utf8');
		const { code, stdout } = await run(['suggest']);
		expect(code).toBe(0);
		expect(stdout).toContain('2 group(s) of unanswered questions, last 30 days, every server (nothing is changed without --apply):');
		expect(stdout).toMatch(new RegExp(`  "${LEGS}" \\(asked 3× in 2 wordings\\)\\n    → add as an alternate to muscle-soreness \\("Why are my muscles sore after a workout\\?", \\d+% likely\\)\\n`));
		expect(stdout).toContain('  "best protein powder" (asked 1×)\n    → new entry needed: no entry is close (/faqadmin new, or a file in entries/)\n');
		expect(await readFile(path.join(dir, SORE), 'utf8')).toBe(before);
		const store = await openStore(db.path, { readOnly: true });
		expect(await store.learning.unansweredQuestions({ fromDay: today })).toHaveLength(3);
		await store.close();
	});

	test('GIVEN --apply THEN the proposals are added through the editor, kept in history, settled in the database, and the pack is checked after', async () => {
		const { code, stdout } = await run(['suggest', '--apply']);
		expect(stdout).toContain('    ✓ added to entries/muscle-soreness.md (version 2 in its history)');
		expect(stdout).toContain(`✓ The FAQ in ${dir} passes every check of \`npm run -s faq -- check\`.`);
		expect(code).toBe(0);
		expect(await readFile(path.join(dir, SORE), 'utf8')).toContain(`  - is muscle soreness normal after training\n  - ${LEGS}\n`);
		const store = await openStore(db.path, { readOnly: true });
		expect((await store.learning.unansweredQuestions({ fromDay: today })).map(({ text }) => text)).toEqual(['best protein powder']);
		expect((await store.history.list('muscle-soreness')).map(({ change, moderatorId }) => [change, moderatorId])).toEqual([
			['alternate', undefined],
			['found', undefined],
		]);
		await store.close();
		expect(JSON.parse((await runCli('ask', ['--json', LEGS], { env: { FAQ_DIR: dir } })).stdout)).toMatchObject({ status: 'answered', entry: { id: 'muscle-soreness' } });
	});
});
