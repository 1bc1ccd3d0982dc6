import { cp, mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { diffFaqs } from '../../src/faq/diff.js';
import { createLiveEngine, type LiveEngine, type ReloadEvent } from '../../src/serving/live.js';
import { discordFit } from '../../src/moderation/discord-fit.js';
import { copyMinFaq, edit } from '../fixtures/faq.js';

const SORE = 'entries/muscle-soreness.md';
const SLEEP = 'entries/sleep-and-recovery.md';
const SORE_QUESTION = 'Why are my muscles sore after a workout?';
const renameSore = (question: string) => edit(SORE, (text) => text.replace(/^question: .*$/m, `question: ${question}`));
const noChanges = { entries: { added: [], removed: [], edited: [] }, tips: { added: [], removed: [], edited: [] }, experts: { added: [], removed: [], edited: [] }, sources: { added: [], removed: [], edited: [] }, files: [] };
const soreQuestionEdited = { ...noChanges, entries: { added: [], removed: [], edited: [{ id: 'muscle-soreness', fields: ['question'] }] } };

describe('createLiveEngine', () => {
	let dir: string;
	let live: LiveEngine | undefined;
	const cleanup: string[] = [];

	afterEach(async () => {
		live?.close();
		for (const folder of [dir, ...cleanup.splice(0)]) await rm(folder, { recursive: true, force: true });
	});

	/** A live engine on a fresh copy of the mini pack, and its reload events in order. */
	async function start() {
		dir = await copyMinFaq();
		const events: ReloadEvent[] = [];
		const waiting: ((event: ReloadEvent) => void)[] = [];
		const created = await createLiveEngine(dir, 500, (event) => (waiting.length > 0 ? waiting.shift()!(event) : events.push(event)), { fits: discordFit, settleMs: 40 });
		if (!created.ok) throw new Error('test setup: the mini pack must load');
		live = created.value;
		/** The next event the watcher reports. */
		const next = () => new Promise<ReloadEvent>((resolve) => (events.length > 0 ? resolve(events.shift()!) : waiting.push(resolve)));
		return { live: created.value, next };
	}

	test('GIVEN a good edit to an entry WHEN the file is saved THEN the engine serves the new text and the event says what changed', async () => {
		const { live, next } = await start();
		await renameSore('Why are my muscles sore the day after a workout?')(dir);

		expect(await next()).toEqual({ ok: true, entries: 3, changes: soreQuestionEdited });
		expect(live.faq.byId.get('muscle-soreness')?.question).toBe('Why are my muscles sore the day after a workout?');
	});

	test.each([
		{
			name: 'an unknown expert',
			mutate: edit(SORE, (text) => text.replace('experts: [archambault, gardner]', 'experts: [house]')),
			expected: { file: SORE, field: 'experts[0]' },
		},
		{
			name: 'an alternate that takes muscle-soreness\'s example (faq check refuses it)',
			mutate: edit(SLEEP, (text) => text.replace('  - is rest important for recovery\n', '  - is rest important for recovery\n  - sore two days after the gym\n')),
			expected: { file: SLEEP, entry: 'sleep-and-recovery', field: 'alternates[3]', message: expect.stringContaining('takes "why am i so sore two days after the gym"') },
		},
		{
			name: 'an answer too long for Discord',
			mutate: edit(SORE, (text) => text.replace(/^That is delayed onset.*$/m, 'a'.repeat(4097))),
			expected: { file: SORE, field: 'answer', message: expect.stringContaining('at most 4096') },
		},
	])('GIVEN $name WHEN the file is saved THEN the problem is reported and the last good FAQ keeps answering', async ({ mutate, expected }) => {
		const { live, next } = await start();
		const faqBefore = live.faq;
		const before = live.ask('why am i so sore two days after the gym');
		await mutate(dir);

		const event = await next();
		expect(event.ok ? [] : event.problems).toContainEqual(expect.objectContaining(expected));
		expect(live.faq).toBe(faqBefore);
		expect(live.ask('why am i so sore two days after the gym')).toEqual(before);
	});

	test('GIVEN the folder is deleted, then copied back with an edit WHEN each settles THEN the gap is reported, the copy is served, and later edits are still followed', async () => {
		const { live, next } = await start();
		const backup = await mkdtemp(path.join(tmpdir(), 'cooldown-backup-'));
		cleanup.push(backup);
		await cp(dir, backup, { recursive: true });
		await renameSore('Why are my muscles sore the day after a workout?')(backup);

		await rm(dir, { recursive: true });
		expect(await next()).toEqual({ ok: false, problems: [{ file: dir, message: expect.stringMatching(/folder is missing.*still serving the last good FAQ/) }] });
		expect(live.ask(SORE_QUESTION)).toMatchObject({ status: 'answered', entry: { id: 'muscle-soreness' } });

		await cp(backup, dir, { recursive: true });
		expect(await next()).toEqual({ ok: true, entries: 3, changes: soreQuestionEdited });
		expect(live.faq.byId.get('muscle-soreness')?.question).toBe('Why are my muscles sore the day after a workout?');

		await renameSore('Why are my muscles still sore after a workout?')(dir);
		expect(await next()).toEqual({ ok: true, entries: 3, changes: soreQuestionEdited });
		expect(live.faq.byId.get('muscle-soreness')?.question).toBe('Why are my muscles still sore after a workout?');
	});

	test('GIVEN the folder is moved away and back WHEN each settles THEN the gap is reported, the same FAQ comes back, and later edits are still followed', async () => {
		const { live, next } = await start();
		const away = `${dir}-away`;
		cleanup.push(away);

		await rename(dir, away);
		expect(await next()).toMatchObject({ ok: false, problems: [{ file: dir, message: expect.stringContaining('folder is missing') }] });

		await rename(away, dir);
		expect(await next()).toEqual({ ok: true, entries: 3, changes: noChanges });

		await renameSore('Why are my muscles still sore after a workout?')(dir);
		expect(await next()).toEqual({ ok: true, entries: 3, changes: soreQuestionEdited });
		expect(live.faq.byId.get('muscle-soreness')?.question).toBe('Why are my muscles still sore after a workout?');
	});

	test('GIVEN a pack checked elsewhere (an edit) WHEN it is served THEN the engine answers from it at once and the change is returned', async () => {
		const { live } = await start();
		const before = live.faq;
		const other = await copyMinFaq(renameSore('Why are my muscles sore the day after a workout?'));
		cleanup.push(other);
		const { readPackFiles } = await import('../../src/faq/pack-files.js');
		const files = await readPackFiles(other);
		const checked = files.ok ? live.check(files.value) : files;
		if (!checked.ok) throw new Error(`test setup: ${JSON.stringify(checked.errors)}`);

		expect(await live.serve(checked.value)).toEqual(diffFaqs(before, checked.value.faq));
		expect(live.ask('why are my muscles sore the day after a workout')).toMatchObject({ status: 'answered', entry: { question: 'Why are my muscles sore the day after a workout?' } });
	});

	test('GIVEN a broken pack at start WHEN the live engine is created THEN every problem is returned and nothing is watched', async () => {
		dir = await copyMinFaq(edit(SORE, (text) => text.replace('experts: [archambault, gardner]', 'experts: [house]')));
		const created = await createLiveEngine(dir, 500, () => {});
		expect(created.ok).toBe(false);
		if (!created.ok) expect(created.errors).toContainEqual(expect.objectContaining({ file: SORE, field: 'experts[0]' }));
		live = undefined;
	});
});
