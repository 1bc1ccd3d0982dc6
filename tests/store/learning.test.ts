import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { storePerTest } from '../fixtures/store.js';

const GUILD = '1200000000000000001';
const OTHER_GUILD = '1200000000000000002';
const ALL = { fromDay: '2000-01-01' };

const fixture = storePerTest();

describe('learning store', () => {
	test('GIVEN two candidates for the voter key THEN the first one stored is the key from then on, also after reopening', async () => {
		expect(await fixture.store.learning.voterKey('first-key')).toBe('first-key');
		expect(await fixture.store.learning.voterKey('second-key')).toBe('first-key');
		await fixture.reopen();
		expect(await fixture.store.learning.voterKey('third-key')).toBe('first-key');
	});

	test('GIVEN votes THEN one per voter per entry per guild counts, the latest click winning', async () => {
		const vote = (voter: string, helpful: boolean, entryId = 'hiit', guildId = GUILD) => fixture.store.learning.vote({ guildId, entryId, voter, helpful, day: '2026-06-10' });
		await vote('a', true);
		await vote('a', false);
		await vote('b', true);
		await vote('c', true);
		await vote('a', true, 'sleep');
		await vote('a', false, 'hiit', OTHER_GUILD);

		expect(await fixture.store.learning.votesPerEntry({ ...ALL, guildId: GUILD })).toEqual([
			{ entryId: 'hiit', helpful: 2, notHelpful: 1 },
			{ entryId: 'sleep', helpful: 1, notHelpful: 0 },
		]);
		expect(await fixture.store.learning.votesPerEntry(ALL)).toEqual([
			{ entryId: 'hiit', helpful: 2, notHelpful: 2 },
			{ entryId: 'sleep', helpful: 1, notHelpful: 0 },
		]);
	});

	test('GIVEN answers on several days THEN they are counted per day and per entry, in the scope asked for', async () => {
		const answer = (entryId: string, day: string, guildId = GUILD) => fixture.store.learning.answered({ guildId, entryId, day });
		await answer('hiit', '2026-06-08');
		await answer('hiit', '2026-06-10');
		await answer('hiit', '2026-06-10');
		await answer('sleep', '2026-06-10');
		await answer('sleep', '2026-06-10', OTHER_GUILD);

		expect(await fixture.store.learning.answersPerDay({ guildId: GUILD, fromDay: '2026-06-09' })).toEqual([{ day: '2026-06-10', count: 3 }]);
		expect(await fixture.store.learning.answersPerDay({ guildId: GUILD, fromDay: '2026-06-01' })).toEqual([
			{ day: '2026-06-08', count: 1 },
			{ day: '2026-06-10', count: 3 },
		]);
		expect(await fixture.store.learning.answersPerEntry({ guildId: GUILD, fromDay: '2026-06-01' })).toEqual([
			{ entryId: 'hiit', count: 3 },
			{ entryId: 'sleep', count: 1 },
		]);
		expect(await fixture.store.learning.answersPerEntry(ALL)).toEqual([
			{ entryId: 'hiit', count: 3 },
			{ entryId: 'sleep', count: 2 },
		]);
	});

	test('GIVEN unanswered questions THEN each text is counted across days, and forgetting some deletes them in the scope only', async () => {
		const ask = (text: string, day: string, status: 'no_match' | 'ambiguous' = 'no_match', guildId = GUILD) => fixture.store.learning.unanswered({ guildId, day, text, status });
		await ask('is sauna good', '2026-06-09');
		await ask('is sauna good', '2026-06-10', 'ambiguous');
		await ask('cold plunge?', '2026-06-10', 'ambiguous');
		await ask('is sauna good', '2026-06-10', 'no_match', OTHER_GUILD);

		expect(await fixture.store.learning.unansweredQuestions({ guildId: GUILD, fromDay: '2026-06-01' })).toEqual([
			{ text: 'is sauna good', status: 'no_match', count: 2 },
			{ text: 'cold plunge?', status: 'ambiguous', count: 1 },
		]);
		expect(await fixture.store.learning.forget({ guildId: GUILD, fromDay: '2026-06-01' }, ['is sauna good'])).toBe(2);
		expect(await fixture.store.learning.unansweredQuestions({ guildId: GUILD, fromDay: '2026-06-01' })).toEqual([{ text: 'cold plunge?', status: 'ambiguous', count: 1 }]);
		expect(await fixture.store.learning.unansweredQuestions({ guildId: OTHER_GUILD, fromDay: '2026-06-01' })).toEqual([{ text: 'is sauna good', status: 'no_match', count: 1 }]);
	});

	test('GIVEN rows of every kind on several days WHEN retention runs THEN days wholly before the cutoff are deleted and the rest stay', async () => {
		for (const day of ['2026-06-08', '2026-06-09', '2026-06-10']) {
			await fixture.store.learning.vote({ guildId: GUILD, entryId: 'hiit', voter: day, helpful: true, day });
			await fixture.store.learning.answered({ guildId: GUILD, entryId: 'hiit', day });
			await fixture.store.learning.unanswered({ guildId: GUILD, day, text: `question of ${day}`, status: 'no_match' });
		}

		expect(await fixture.store.deleteExpired(Date.parse('2026-06-09T15:00:00Z'))).toEqual({ tip_rotation: 0, feedback_votes: 1, answered_entries: 1, unanswered_questions: 1 });
		expect(await fixture.store.learning.answersPerDay(ALL)).toEqual([
			{ day: '2026-06-09', count: 1 },
			{ day: '2026-06-10', count: 1 },
		]);
		expect((await fixture.store.learning.unansweredQuestions(ALL)).map(({ text }) => text).sort()).toEqual(['question of 2026-06-09', 'question of 2026-06-10']);
		expect(await fixture.store.learning.votesPerEntry(ALL)).toEqual([{ entryId: 'hiit', helpful: 2, notHelpful: 0 }]);
	});

	test('GIVEN the file on disk THEN the learning tables hold no column for a member', async () => {
		const raw = new Database(fixture.db.path, { readonly: true });
		const columns = (table: string) => (raw.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map(({ name }) => name);
		expect(columns('feedback_votes')).toEqual(['guild_id', 'entry_id', 'voter', 'helpful', 'day']);
		expect(columns('answered_entries')).toEqual(['guild_id', 'day', 'entry_id', 'count']);
		expect(columns('unanswered_questions')).toEqual(['guild_id', 'day', 'text', 'status', 'count']);
		raw.close();
	});
});

describe('FAQ history store', () => {
	const version = (over: { version: string; text: string; at: number }) => ({ change: 'edit' as const, detail: 'answer', moderatorId: '1400000000000000001', guildId: GUILD, ...over });

	test('GIVEN a first change THEN the text it replaced is kept first as found on disk, then the change, numbered per entry', async () => {
		const stored = await fixture.store.history.record('hiit', { version: 'v-disk', text: 'on disk', at: 10 }, version({ version: 'v-1', text: 'edited', at: 11 }));
		expect(stored).toEqual({ entryId: 'hiit', number: 2, version: 'v-1', text: 'edited', change: 'edit', detail: 'answer', moderatorId: '1400000000000000001', guildId: GUILD, at: 11 });
		await fixture.store.history.record('sleep', undefined, { change: 'new', detail: 'new entry', version: 's-1', text: 'new', at: 12 });

		expect(await fixture.store.history.list('hiit')).toEqual([stored, { entryId: 'hiit', number: 1, version: 'v-disk', text: 'on disk', change: 'found', detail: 'as found on disk', at: 10 }]);
		expect(await fixture.store.history.list('sleep')).toEqual([{ entryId: 'sleep', number: 1, version: 's-1', text: 'new', change: 'new', detail: 'new entry', at: 12 }]);
	});

	test('GIVEN a change on top of the latest recorded version THEN nothing is recorded twice; a hand edit in between is recorded as found', async () => {
		await fixture.store.history.record('hiit', { version: 'v-0', text: 'zero', at: 1 }, version({ version: 'v-1', text: 'one', at: 2 }));
		await fixture.store.history.record('hiit', { version: 'v-1', text: 'one', at: 3 }, version({ version: 'v-2', text: 'two', at: 3 }));
		await fixture.store.history.record('hiit', { version: 'v-hand', text: 'by hand', at: 4 }, version({ version: 'v-3', text: 'three', at: 4 }));

		expect((await fixture.store.history.list('hiit')).map(({ number, version, change }) => `${number} ${version} ${change}`)).toEqual(['5 v-3 edit', '4 v-hand found', '3 v-2 edit', '2 v-1 edit', '1 v-0 found']);
		expect(await fixture.store.history.get('hiit', 4)).toMatchObject({ text: 'by hand', change: 'found' });
		expect(await fixture.store.history.get('hiit', 9)).toBeUndefined();
	});

	test('GIVEN history WHEN retention runs THEN it is kept, as the files\' own history is', async () => {
		await fixture.store.history.record('hiit', undefined, version({ version: 'v-1', text: 'one', at: 1 }));
		await fixture.store.deleteExpired(Date.parse('2030-01-01T00:00:00Z'));
		expect(await fixture.store.history.list('hiit')).toHaveLength(1);
	});
});
