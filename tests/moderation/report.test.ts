import { describe, expect, test } from 'vitest';
import { createEngine } from '../../src/match/engine.js';
import { buildReport } from '../../src/moderation/report.js';
import { loadMinFaq } from '../fixtures/faq.js';
import { storePerTest } from '../fixtures/store.js';

const GUILD = '1200000000000000001';
const OTHER_GUILD = '1200000000000000002';
const NOW = Date.parse('2026-06-10T12:00:00Z');
const engine = createEngine(await loadMinFaq());

const fixture = storePerTest();

describe('buildReport', () => {
	test('GIVEN answers, votes and unanswered questions THEN the report has every day of the period, the most asked entries, helpfulness and the open groups with guesses', async () => {
		const answer = (entryId: string, day: string, guildId = GUILD) => fixture.store.learning.answered({ guildId, entryId, day });
		await answer('sleep-and-recovery', '2026-06-08');
		await answer('sleep-and-recovery', '2026-06-10');
		await answer('muscle-soreness', '2026-06-10');
		await answer('removed-entry', '2026-06-10');
		await answer('muscle-soreness', '2026-06-01');
		await answer('muscle-soreness', '2026-06-10', OTHER_GUILD);
		await fixture.store.learning.vote({ guildId: GUILD, entryId: 'muscle-soreness', voter: 'a', helpful: true, day: '2026-06-10' });
		await fixture.store.learning.vote({ guildId: GUILD, entryId: 'muscle-soreness', voter: 'b', helpful: false, day: '2026-06-10' });
		for (const [text, status] of [
			['my legs hurt after squats', 'ambiguous'],
			['best protein powder', 'no_match'],
			['does sleep help', 'no_match'],
		] as const) {
			await fixture.store.learning.unanswered({ guildId: GUILD, day: '2026-06-09', text, status });
		}

		const report = await buildReport(fixture.store.learning, engine, NOW, 3, GUILD);

		expect(report).toEqual({
			days: 3,
			perDay: [
				{ day: '2026-06-08', count: 1 },
				{ day: '2026-06-09', count: 0 },
				{ day: '2026-06-10', count: 3 },
			],
			answered: 4,
			topEntries: [
				{ id: 'sleep-and-recovery', question: 'Does sleep help recovery?', count: 2 },
				{ id: 'muscle-soreness', question: 'Why are my muscles sore after a workout?', count: 1 },
				{ id: 'removed-entry', count: 1 },
			],
			helpfulness: [{ id: 'muscle-soreness', question: 'Why are my muscles sore after a workout?', helpful: 1, notHelpful: 1 }],
			unanswered: [
				expect.objectContaining({ text: 'best protein powder', count: 1, status: 'no_match', guesses: [] }),
				expect.objectContaining({ text: 'my legs hurt after squats', count: 1, status: 'ambiguous', guesses: [expect.objectContaining({ id: 'muscle-soreness' })] }),
			],
			// "does sleep help" is answered by the FAQ now.
			settled: 1,
		});
	});

	test('GIVEN no guild THEN every guild is counted together', async () => {
		await fixture.store.learning.answered({ guildId: GUILD, entryId: 'muscle-soreness', day: '2026-06-10' });
		await fixture.store.learning.answered({ guildId: OTHER_GUILD, entryId: 'muscle-soreness', day: '2026-06-10' });
		expect((await buildReport(fixture.store.learning, engine, NOW, 1)).topEntries).toEqual([{ id: 'muscle-soreness', question: 'Why are my muscles sore after a workout?', count: 2 }]);
	});
});
