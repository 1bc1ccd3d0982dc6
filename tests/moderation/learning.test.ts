import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { createEngine } from '../../src/match/engine.js';
import { createLearning, keptText, voterOf, type Learning } from '../../src/moderation/learning.js';
import type { Store } from '../../src/store/store.js';
import { TestClock } from '../fixtures/clock.js';
import { loadMinFaq } from '../fixtures/faq.js';
import { openStore, tempDatabase } from '../fixtures/store.js';

const GUILD = '1200000000000000001';
const MEMBER = '1400000000000000001';
const OTHER_MEMBER = '1400000000000000002';
const ALL = { fromDay: '2026-01-01' };

let db: Awaited<ReturnType<typeof tempDatabase>>;
let store: Store;
let learning: Learning;
const clock = new TestClock('2026-06-10T23:59:00Z');
const engine = createEngine(await loadMinFaq());

beforeEach(async () => {
	db = await tempDatabase();
	store = await openStore(db.path);
	learning = await createLearning(store.learning, clock, createLogger('silent'), () => 'test-key');
});
afterEach(async () => {
	await store.close();
	await db.remove();
});

describe('createLearning', () => {
	test('GIVEN one member clicking twice on an entry and another once THEN two votes count, the first member\'s latest, under keyed hashes', async () => {
		await learning.vote({ guildId: GUILD, userId: MEMBER, entryId: 'muscle-soreness', helpful: false });
		await learning.vote({ guildId: GUILD, userId: MEMBER, entryId: 'muscle-soreness', helpful: true });
		await learning.vote({ guildId: GUILD, userId: OTHER_MEMBER, entryId: 'muscle-soreness', helpful: false });

		expect(await store.learning.votesPerEntry(ALL)).toEqual([{ entryId: 'muscle-soreness', helpful: 1, notHelpful: 1 }]);
		const file = await readFile(db.path);
		for (const id of [MEMBER, OTHER_MEMBER]) expect(file.includes(id)).toBe(false);
	});

	test('GIVEN the same member on two entries THEN the two hashes differ, so their votes cannot be linked; another key gives other hashes', () => {
		expect(voterOf('k', GUILD, 'a', MEMBER)).not.toBe(voterOf('k', GUILD, 'b', MEMBER));
		expect(voterOf('k', GUILD, 'a', MEMBER)).not.toBe(voterOf('other key', GUILD, 'a', MEMBER));
		expect(voterOf('k', GUILD, 'a', MEMBER)).toBe(voterOf('k', GUILD, 'a', MEMBER));
	});

	test.each([
		{ question: 'does sleep help', answered: [{ entryId: 'sleep-and-recovery', count: 1 }], unanswered: [] },
		{ question: 'best   protein\npowder', answered: [], unanswered: [{ text: 'best protein powder', status: 'no_match', count: 1 }] },
		{ question: 'my legs hurt after squats', answered: [], unanswered: [{ text: 'my legs hurt after squats', status: 'ambiguous', count: 1 }] },
		{ question: 'I have chest pain after running', answered: [], unanswered: [] },
		{ question: '   ', answered: [], unanswered: [] },
	])('GIVEN "$question" asked THEN answers $answered and unanswered $unanswered are kept (never an emergency)', async ({ question, answered, unanswered }) => {
		await learning.asked(GUILD, engine.ask(question));
		expect(await store.learning.answersPerEntry(ALL)).toEqual(answered);
		expect(await store.learning.unansweredQuestions(ALL)).toEqual(unanswered);
	});

	test('GIVEN a question asked one minute before midnight UTC THEN it counts on that day', async () => {
		await learning.answered(GUILD, 'sleep-and-recovery');
		expect(await store.learning.answersPerDay(ALL)).toEqual([{ day: '2026-06-10', count: 1 }]);
	});

	test('GIVEN a long question THEN at most 200 characters of it are kept, on one line', () => {
		expect(keptText(`${'why '.repeat(100)}`)).toHaveLength(199);
		expect(keptText(' a\n\tb ')).toBe('a b');
	});

	test('GIVEN the database closed under it THEN recording is logged and does not throw', async () => {
		const lines: string[] = [];
		const logged = await createLearning(store.learning, clock, createLogger('error', { write: (line: string) => void lines.push(line) }), () => 'test-key');
		await store.close();
		await expect(logged.answered(GUILD, 'sleep-and-recovery')).resolves.toBeUndefined();
		expect(lines.map((line) => JSON.parse(line).msg)).toEqual(['could not record an answer; carrying on']);
		store = await openStore(db.path);
	});
});
