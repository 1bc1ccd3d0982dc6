import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createLiveEngine, type LiveEngine } from '../../src/serving/live.js';
import { versionOf } from '../../src/faq/write-file.js';
import { createLogger } from '../../src/logger.js';
import { createDesk, type Desk } from '../../src/moderation/desk.js';
import { discordFit } from '../../src/moderation/discord-fit.js';
import { createEditor } from '../../src/moderation/edit.js';
import { buildReport, reportScope } from '../../src/moderation/report.js';
import { groupKey } from '../../src/moderation/unanswered.js';
import type { Store } from '../../src/store/store.js';
import { TestClock } from '../fixtures/clock.js';
import { copyMinFaq } from '../fixtures/faq.js';
import { openStore, tempDatabase } from '../fixtures/store.js';

const SORE = 'entries/muscle-soreness.md';
const MOD = { userId: '1400000000000000009', guildId: '1200000000000000001' };
const GUILD = MOD.guildId;
const NOW = '2026-06-10T12:00:00Z';

let dir: string;
let db: Awaited<ReturnType<typeof tempDatabase>>;
let store: Store;
let live: LiveEngine;
let desk: Desk;
const logs: { msg: string; [key: string]: unknown }[] = [];
const clock = new TestClock(NOW);
const read = (file: string) => readFile(path.join(dir, file), 'utf8');

beforeEach(async () => {
	dir = await copyMinFaq();
	db = await tempDatabase();
	store = await openStore(db.path);
	const created = await createLiveEngine(dir, 500, () => {}, { fits: discordFit, settleMs: 20 });
	if (!created.ok) throw new Error('test setup: the mini pack must load');
	live = created.value;
	logs.length = 0;
	desk = createDesk({
		editor: createEditor({ dir, check: live.check }),
		serve: live.serve,
		engine: () => live,
		history: store.history,
		learning: store.learning,
		clock,
		logger: createLogger('info', { write: (line: string) => void logs.push(JSON.parse(line)) }),
	});
});
afterEach(async () => {
	live.close();
	await store.close();
	await db.remove();
	await rm(dir, { recursive: true, force: true });
});

async function editSoreAnswer(answer: string) {
	const opened = await desk.open('muscle-soreness');
	if (!opened.ok) throw new Error('test setup: open failed');
	return desk.edit(MOD, 'muscle-soreness', opened.value.version, { ...opened.value.form, answer });
}

describe('createDesk', () => {
	test('GIVEN an edit THEN it is served at once, kept in history after the text it replaced, and logged with who made it', async () => {
		const original = await read(SORE);
		const done = await editSoreAnswer('Soreness is muscles repairing.');

		expect(done.ok && done.value.changes).toEqual(['entries edited: muscle-soreness (answer)']);
		expect(live.faq.byId.get('muscle-soreness')!.answer).toBe('Soreness is muscles repairing.');
		const versions = await desk.history('muscle-soreness');
		expect(versions.map(({ number, change, detail, moderatorId }) => ({ number, change, detail, moderatorId }))).toEqual([
			{ number: 2, change: 'edit', detail: 'answer', moderatorId: MOD.userId },
			{ number: 1, change: 'found', detail: 'as found on disk', moderatorId: undefined },
		]);
		expect(versions[1]!.text).toBe(original);
		expect(versions[0]!.text).toBe(await read(SORE));
		expect(logs.find(({ msg }) => msg === 'FAQ entry changed')).toMatchObject({ moderatorId: MOD.userId, guildId: GUILD, entry: 'muscle-soreness', change: 'edit', version: 2, changes: ['entries edited: muscle-soreness (answer)'] });
	});

	test('GIVEN two edits WHEN the first version is restored THEN the file holds its text again, served, and the revert is a version of its own', async () => {
		const original = await read(SORE);
		await editSoreAnswer('First edit.');
		await editSoreAnswer('Second edit.');

		const done = await desk.revert(MOD, 'muscle-soreness', 1);

		expect(done.ok && done.value.record).toMatchObject({ number: 4, change: 'revert', detail: 'back to version 1', version: versionOf(original) });
		expect(await read(SORE)).toBe(original);
		expect(live.faq.byId.get('muscle-soreness')!.answer).toBe('That is delayed onset muscle soreness: muscles repairing small strains from the workout.');
	});

	test('GIVEN a file broken by hand WHEN an earlier version is restored THEN the revert replaces it anyway, and the broken text is kept as found', async () => {
		await editSoreAnswer('First edit.');
		await writeFile(path.join(dir, SORE), 'not front matter at all');

		const done = await desk.revert(MOD, 'muscle-soreness', 1);

		expect(done.ok).toBe(true);
		expect((await desk.history('muscle-soreness')).map(({ change }) => change)).toEqual(['revert', 'found', 'edit', 'found']);
		expect((await store.history.get('muscle-soreness', 3))!.text).toBe('not front matter at all');
	});

	test('GIVEN a version that was never kept THEN the revert is refused and nothing changes', async () => {
		const before = await read(SORE);
		expect(await desk.revert(MOD, 'muscle-soreness', 7)).toEqual({ ok: false, errors: [{ file: SORE, entry: 'muscle-soreness', message: 'has no version 7; /faqadmin history lists the ones kept' }] });
		expect(await read(SORE)).toBe(before);
	});

	test('GIVEN an invalid edit THEN nothing is written, served or kept', async () => {
		const before = await read(SORE);
		const done = await editSoreAnswer('   ');
		expect(done.ok).toBe(false);
		expect(await read(SORE)).toBe(before);
		expect(await desk.history('muscle-soreness')).toEqual([]);
	});

	test('GIVEN unanswered questions WHEN a moderator accepts a group for an entry THEN its wording becomes an alternate, the question is answered by the entry, and the group is gone', async () => {
		for (const text of ['my legs hurt after squats', 'my legs hurt after squats', 'legs hurting after squats?', 'best protein powder']) {
			await store.learning.unanswered({ guildId: GUILD, day: '2026-06-10', text, status: 'ambiguous' });
		}
		const scope = reportScope(clock.now(), 30, GUILD);
		const before = await buildReport(store.learning, live, clock.now(), 30, GUILD);
		const group = before.unanswered.find(({ text }) => text === 'my legs hurt after squats')!;
		expect(group.texts).toEqual(['my legs hurt after squats', 'legs hurting after squats?']);
		expect(group.guesses[0]!.id).toBe('muscle-soreness');

		const done = await desk.accept(MOD, scope, group.key, 'muscle-soreness');

		expect(done.ok && done.value.record).toMatchObject({ change: 'alternate', detail: 'alternate "my legs hurt after squats"' });
		expect(await read(SORE)).toContain('  - my legs hurt after squats\n');
		expect(live.ask('my legs hurt after squats')).toMatchObject({ status: 'answered', entry: { id: 'muscle-soreness' } });
		expect((await store.learning.unansweredQuestions(scope)).map(({ text }) => text)).toEqual(['best protein powder']);
		expect((await desk.accept(MOD, scope, group.key, 'muscle-soreness')).ok).toBe(false);
	});

	test('GIVEN an accepted wording that the pack check refuses (it would take another entry\'s example) THEN nothing is written and the group stays', async () => {
		const text = 'sore muscles after the gym two days';
		await store.learning.unanswered({ guildId: GUILD, day: '2026-06-10', text, status: 'no_match' });
		const scope = reportScope(clock.now(), 30, GUILD);
		const before = await read('entries/sleep-and-recovery.md');

		const done = await desk.accept(MOD, scope, groupKey(text), 'sleep-and-recovery');

		expect(done.ok ? [] : done.errors.map(({ message }) => message)).toContainEqual(expect.stringContaining('"why am i so sore two days after the gym" is ambiguous between "sleep-and-recovery", "muscle-soreness"'));
		expect(await read('entries/sleep-and-recovery.md')).toBe(before);
		expect(await store.learning.unansweredQuestions(scope)).toEqual([{ text, status: 'no_match', count: 1 }]);
	});

	test('GIVEN a group WHEN dismissed THEN its questions are deleted and nothing else changes', async () => {
		await store.learning.unanswered({ guildId: GUILD, day: '2026-06-10', text: 'best protein powder', status: 'no_match' });
		const scope = reportScope(clock.now(), 30, GUILD);
		const [group] = (await buildReport(store.learning, live, clock.now(), 30, GUILD)).unanswered;
		expect((await desk.dismiss(MOD, scope, group!.key)).ok).toBe(true);
		expect(await store.learning.unansweredQuestions(scope)).toEqual([]);
		expect(logs.find(({ msg }) => msg === 'unanswered questions dismissed')).toMatchObject({ moderatorId: MOD.userId, questions: 1 });
	});
});
