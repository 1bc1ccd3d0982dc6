import { rm } from 'node:fs/promises';
import { afterEach, describe, expect, test } from 'vitest';
import { createLiveEngine, type LiveEngine, type ReloadEvent } from '../../src/faq/live.js';
import { copyMinFaq, edit } from '../fixtures/faq.js';

const SORE = 'entries/muscle-soreness.md';

describe('createLiveEngine', () => {
	let dir: string;
	let live: LiveEngine | undefined;

	afterEach(async () => {
		live?.close();
		await rm(dir, { recursive: true, force: true });
	});

	/** A live engine on a fresh copy of the mini pack, and a way to wait for its next reload. */
	async function start() {
		dir = await copyMinFaq();
		const events: ReloadEvent[] = [];
		let notify: (() => void) | undefined;
		const created = await createLiveEngine(dir, 500, (event) => {
			events.push(event);
			notify?.();
		});
		if (!created.ok) throw new Error('test setup: the mini pack must load');
		live = created.value;
		const nextReload = () => new Promise<ReloadEvent>((resolve) => (notify = () => resolve(events.at(-1)!)));
		return { live: created.value, nextReload };
	}

	test('GIVEN a good edit to an entry WHEN the file is saved THEN the engine serves the new text without a restart', async () => {
		const { live, nextReload } = await start();
		const reloaded = nextReload();
		await edit(SORE, (text) => text.replace('Why are my muscles sore after a workout?', 'Why are my muscles sore the day after a workout?'))(dir);

		expect(await reloaded).toEqual({ ok: true, entries: 3 });
		expect(live.faq.byId.get('muscle-soreness')?.question).toBe('Why are my muscles sore the day after a workout?');
	});

	test('GIVEN a bad edit WHEN the file is saved THEN the problem is reported and the last good FAQ keeps answering', async () => {
		const { live, nextReload } = await start();
		const before = live.ask('why are my muscles sore after a workout');
		const reloaded = nextReload();
		await edit(SORE, (text) => text.replace('experts: [archambault, gardner]', 'experts: [house]'))(dir);

		const event = await reloaded;
		expect(event.ok).toBe(false);
		if (!event.ok) expect(event.problems).toContainEqual(expect.objectContaining({ file: SORE, field: 'experts[0]' }));
		expect(live.faq.byId.get('muscle-soreness')?.experts).toEqual(['archambault', 'gardner']);
		expect(live.ask('why are my muscles sore after a workout')).toEqual(before);
	});

	test('GIVEN a broken pack at start WHEN the live engine is created THEN every problem is returned and nothing is watched', async () => {
		dir = await copyMinFaq(edit(SORE, (text) => text.replace('experts: [archambault, gardner]', 'experts: [house]')));
		const created = await createLiveEngine(dir, 500, () => {});
		expect(created.ok).toBe(false);
		if (!created.ok) expect(created.errors).toContainEqual(expect.objectContaining({ file: SORE, field: 'experts[0]' }));
		live = undefined;
	});
});
