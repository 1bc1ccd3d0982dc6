import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { createLiveEngine, type ReloadEvent } from '../../src/serving/live.js';
import { loadFaq } from '../../src/faq/load.js';
import { packChecker } from '../../src/serving/pack-check.js';
import { versionOf } from '../../src/faq/write-file.js';
import { discordFit } from '../../src/moderation/discord-fit.js';
import { createEditor, type Editor } from '../../src/moderation/edit.js';
import { copyMinFaq, edit } from '../fixtures/faq.js';

const SORE = 'entries/muscle-soreness.md';
const SORE_FORM = {
	question: 'Why are my muscles sore after a workout?',
	answer: 'That is delayed onset muscle soreness: muscles repairing small strains from the workout.',
	alternates: 'what is doms\nwhy do my legs ache the day after leg day\nis muscle soreness normal after training',
};

describe('createEditor', () => {
	let dir: string;

	afterEach(() => rm(dir, { recursive: true, force: true }));

	/** An editor on a fresh copy of the mini pack, checked as the bot checks it. */
	async function start(): Promise<{ editor: Editor; read: (file: string) => Promise<string>; files: () => Promise<string[]> }> {
		dir = await copyMinFaq();
		const served = await loadFaq(dir);
		if (!served.ok) throw new Error('test setup: the mini pack must load');
		const editor = createEditor({ dir, check: packChecker({ maxQuestionLength: 500, fits: discordFit }) });
		return {
			editor,
			read: (file) => readFile(path.join(dir, file), 'utf8'),
			files: async () => (await readdir(path.join(dir, 'entries'))).sort(),
		};
	}

	test('GIVEN an entry WHEN opened THEN the form holds its question, answer and alternates one per line, with the version of its file', async () => {
		const { editor, read } = await start();
		const opened = await editor.open('muscle-soreness');
		expect(opened.ok && { form: opened.value.form, version: opened.value.version }).toEqual({ form: SORE_FORM, version: versionOf(await read(SORE)) });
	});

	test('GIVEN a valid edit WHEN submitted THEN the file is rewritten as a person would write it, and the checked pack holding the edit is returned', async () => {
		const { editor, read, files } = await start();
		const opened = await editor.open('muscle-soreness');
		if (!opened.ok) throw new Error('test setup: open failed');
		const before = await read(SORE);

		const applied = await editor.edit('muscle-soreness', opened.value.version, {
			...SORE_FORM,
			question: 'Why are my muscles sore the day after a workout?',
			alternates: `${SORE_FORM.alternates}\r\n\r\n  why does everything hurt after leg day  \r\n`,
		});

		expect(applied.ok ? [] : applied.errors).toEqual([]);
		if (!applied.ok) return;
		const expected = [
			'---',
			'id: muscle-soreness',
			'question: Why are my muscles sore the day after a workout?',
			'topic: Workouts',
			'alternates:',
			'  - what is doms',
			'  - why do my legs ache the day after leg day',
			'  - is muscle soreness normal after training',
			'  - why does everything hurt after leg day',
			'tags: [soreness, doms]',
			'experts: [archambault, gardner]',
			'sources: [article, mouse-study]',
			'examples:',
			'  - why am i so sore two days after the gym',
			'---',
			'That is delayed onset muscle soreness: muscles repairing small strains from the workout.',
			'',
		].join('\n');
		expect(await read(SORE)).toBe(expected);
		expect(await files()).toEqual(['exercise-lowers-inflammation.md', 'muscle-soreness.md', 'sleep-and-recovery.md']);
		expect(applied.value).toMatchObject({ id: 'muscle-soreness', file: SORE, before, text: expected, version: versionOf(expected) });
		expect(applied.value.pack.faq.byId.get('muscle-soreness')).toMatchObject({
			question: 'Why are my muscles sore the day after a workout?',
			alternates: expect.arrayContaining(['why does everything hurt after leg day']),
		});
		expect(applied.value.pack.engine.ask('why does everything hurt after leg day')).toMatchObject({ status: 'answered', entry: { id: 'muscle-soreness' } });
	});

	test.each([
		{
			name: 'only two alternates',
			form: { ...SORE_FORM, alternates: 'what is doms\nwhy do my legs ache' },
			expected: { file: SORE, entry: 'muscle-soreness', field: 'alternates', message: 'needs at least 3 items' },
		},
		{
			name: 'an empty question',
			form: { ...SORE_FORM, question: '   ' },
			expected: { file: SORE, entry: 'muscle-soreness', field: 'question', message: 'must not be empty' },
		},
		{
			name: 'an answer longer than Discord allows',
			form: { ...SORE_FORM, answer: 'a'.repeat(4097) },
			expected: { file: SORE, entry: 'muscle-soreness', field: 'answer', message: 'is 4097 characters; a Discord embed holds at most 4096' },
		},
		{
			name: 'an alternate that takes sleep-and-recovery\'s example',
			form: { ...SORE_FORM, alternates: `${SORE_FORM.alternates}\ndoes a good night of sleep help my legs` },
			expected: { file: SORE, entry: 'muscle-soreness', field: 'alternates[3]', message: expect.stringContaining('takes "does a good night of sleep help my recovery"') },
		},
	])('GIVEN an edit with $name WHEN submitted THEN nothing is written and the problem names file, entry and field', async ({ form, expected }) => {
		const { editor, read } = await start();
		const before = await read(SORE);
		const opened = await editor.open('muscle-soreness');
		if (!opened.ok) throw new Error('test setup: open failed');

		const applied = await editor.edit('muscle-soreness', opened.value.version, form);

		expect(applied.ok).toBe(false);
		if (!applied.ok) expect(applied.errors).toContainEqual(expected);
		expect(await read(SORE)).toBe(before);
	});

	test('GIVEN the file was saved by someone else after the form opened WHEN the edit is submitted THEN it is refused as changed meanwhile and their text stays', async () => {
		const { editor, read } = await start();
		const opened = await editor.open('muscle-soreness');
		if (!opened.ok) throw new Error('test setup: open failed');
		const theirs = (await read(SORE)).replace('tags: [soreness, doms]', 'tags: [soreness, doms, ache]');
		await writeFile(path.join(dir, SORE), theirs);

		const applied = await editor.edit('muscle-soreness', opened.value.version, { ...SORE_FORM, question: 'Why are my muscles sore the day after a workout?' });

		expect(applied).toEqual({ ok: false, errors: [{ file: SORE, message: expect.stringMatching(/^changed meanwhile/) }] });
		expect(await read(SORE)).toBe(theirs);
	});

	test('GIVEN two moderators submit edits of the same version at once WHEN both run THEN one is written and the other is refused as changed meanwhile', async () => {
		const { editor, read } = await start();
		const opened = await editor.open('muscle-soreness');
		if (!opened.ok) throw new Error('test setup: open failed');
		const [first, second] = await Promise.all([
			editor.edit('muscle-soreness', opened.value.version, { ...SORE_FORM, question: 'Why are my muscles sore the day after a workout?' }),
			editor.edit('muscle-soreness', opened.value.version, { ...SORE_FORM, question: 'Why are my muscles still sore after a workout?' }),
		]);
		expect([first.ok, second.ok]).toEqual([true, false]);
		expect(second.ok ? [] : second.errors[0]?.message).toMatch(/^changed meanwhile/);
		expect(await read(SORE)).toContain('question: Why are my muscles sore the day after a workout?');
	});

	test.each([
		{ name: 'an id that is a path', id: '../pack' },
		{ name: 'an id no entry has', id: 'naps' },
	])('GIVEN $name WHEN opened or edited THEN there is no such entry and nothing is written', async ({ id }) => {
		const { editor, files } = await start();
		expect(await editor.open(id)).toEqual({ ok: false, errors: [{ file: 'entries/', entry: id, message: `there is no entry "${id}"` }] });
		expect((await editor.edit(id, versionOf(undefined), SORE_FORM)).ok).toBe(false);
		expect(await files()).toEqual(['exercise-lowers-inflammation.md', 'muscle-soreness.md', 'sleep-and-recovery.md']);
	});

	test('GIVEN a new entry on an existing topic WHEN created THEN its file has an id from the question, the pack\'s article as source and the question as its example', async () => {
		const { editor, read } = await start();
		const applied = await editor.create({
			question: 'Do cold showers help recovery?',
			answer: 'They may ease soreness for a short while.',
			alternates: 'cold shower after training\nare cold showers good for sore muscles\nice cold shower recovery',
			topic: 'Recovery',
		});

		expect(applied.ok ? [] : applied.errors).toEqual([]);
		const expected = [
			'---',
			'id: do-cold-showers-help-recovery',
			'question: Do cold showers help recovery?',
			'topic: Recovery',
			'alternates:',
			'  - cold shower after training',
			'  - are cold showers good for sore muscles',
			'  - ice cold shower recovery',
			'tags: [cold, showers, help, recovery]',
			'experts: []',
			'sources: [article]',
			'examples:',
			'  - Do cold showers help recovery?',
			'---',
			'They may ease soreness for a short while.',
			'',
		].join('\n');
		expect(await read('entries/do-cold-showers-help-recovery.md')).toBe(expected);
		expect(applied.ok && applied.value.pack.faq.byId.get('do-cold-showers-help-recovery')?.question).toBe('Do cold showers help recovery?');
		expect(applied.ok && applied.value.before).toBeUndefined();
	});

	test('GIVEN a new entry on a topic the FAQ does not have WHEN created THEN it is refused with the topics to choose from, and no file is written', async () => {
		const { editor, files } = await start();
		const applied = await editor.create({ ...SORE_FORM, question: 'Do cold showers help recovery?', alternates: 'a cold shower\ncold showers after the gym\nshowering cold', topic: 'Cold' });
		expect(applied).toEqual({
			ok: false,
			errors: [{ file: 'entries/do-cold-showers-help-recovery.md', entry: 'do-cold-showers-help-recovery', field: 'topic', message: 'unknown topic "Cold"; choose one of: Basics, Workouts, Recovery' }],
		});
		expect(await files()).toEqual(['exercise-lowers-inflammation.md', 'muscle-soreness.md', 'sleep-and-recovery.md']);
	});

	test('GIVEN a member question nobody could answer WHEN added as an alternate of an entry THEN the file lists it last and the checked pack answers it with that entry', async () => {
		const { editor, read } = await start();
		const question = 'is it bad that my calves still hurt from leg day';
		const applied = await editor.addAlternate('muscle-soreness', question);

		expect(applied.ok ? [] : applied.errors).toEqual([]);
		expect(await read(SORE)).toContain(`  - is muscle soreness normal after training\n  - ${question}\ntags:`);
		expect(applied.ok && applied.value.pack.engine.ask(question)).toMatchObject({ status: 'answered', entry: { id: 'muscle-soreness' } });
	});

	test('GIVEN an entry edited WHEN its earlier text is restored THEN the file has those exact bytes again and the change is reported', async () => {
		const { editor, read } = await start();
		const opened = await editor.open('muscle-soreness');
		if (!opened.ok) throw new Error('test setup: open failed');
		const edited = await editor.edit('muscle-soreness', opened.value.version, { ...SORE_FORM, question: 'Why are my muscles sore the day after a workout?' });
		if (!edited.ok || edited.value.before === undefined) throw new Error('test setup: the edit failed');

		const reverted = await editor.revert('muscle-soreness', edited.value.version, edited.value.before);

		expect(reverted.ok ? [] : reverted.errors).toEqual([]);
		expect(await read(SORE)).toBe(edited.value.before);
		expect(reverted.ok && reverted.value.before).toBe(edited.value.text);
	});

	test('GIVEN an earlier text that no longer passes the check WHEN restored THEN nothing is written and its problems are returned', async () => {
		const { editor, read } = await start();
		const now = await read(SORE);
		const broken = now.replace('experts: [archambault, gardner]', 'experts: [house]');
		const reverted = await editor.revert('muscle-soreness', versionOf(now), broken);
		expect(reverted).toEqual({ ok: false, errors: [{ file: SORE, entry: 'muscle-soreness', field: 'experts[0]', message: expect.stringContaining('unknown expert') }] });
		expect(await read(SORE)).toBe(now);
	});

	test('GIVEN an editor on a live engine WHEN an edit is applied and served THEN the next question gets the new answer at once, and the watcher reports only later edits', async () => {
		dir = await copyMinFaq();
		const events: ReloadEvent[] = [];
		let notify: (() => void) | undefined;
		const created = await createLiveEngine(dir, 500, (event) => (events.push(event), notify?.()), { fits: discordFit, settleMs: 40 });
		if (!created.ok) throw new Error('test setup: the mini pack must load');
		const live = created.value;
		try {
			const editor = createEditor({ dir, check: live.check });
			const question = 'is it bad that my calves still hurt from leg day';
			const applied = await editor.addAlternate('muscle-soreness', question);
			if (!applied.ok) throw new Error(`the edit failed: ${JSON.stringify(applied.errors)}`);
			expect((await live.serve(applied.value.pack)).entries).toEqual({ added: [], removed: [], edited: [{ id: 'muscle-soreness', fields: ['alternates'] }] });
			expect(live.ask(question)).toMatchObject({ status: 'answered', entry: { id: 'muscle-soreness' } });

			const next = new Promise<void>((resolve) => (notify = resolve));
			await edit('entries/sleep-and-recovery.md', (text) => text.replace('Does sleep help recovery?', 'Does sleep help me recover?'))(dir);
			await next;
			expect(events).toEqual([{ ok: true, entries: 3, changes: expect.objectContaining({ entries: { added: [], removed: [], edited: [{ id: 'sleep-and-recovery', fields: ['question'] }] } }) }]);
		} finally {
			live.close();
		}
	});
});
