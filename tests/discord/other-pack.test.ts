import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { commandDefinitions } from '../../src/discord/commands/index.js';
import { loadFaq } from '../../src/faq/load.js';
import type { Faq } from '../../src/faq/model.js';
import { chatInputInteraction, guildMessage, mention } from '../discord-server/payloads.js';
import { newUser, startHarness, type Harness } from './harness.js';

/**
 * The engine knows no subject: a gardening community ships its own pack and the bot speaks only
 * of gardening. Every payload the bot sends is searched for the shipped pack's fitness words.
 */
const FITNESS_WORDS = /inflamm|exercis|workout|hiit|fitness|doms|sore|muscle|cardio|gym|lift/i;

const loaded = await loadFaq('tests/fixtures/faq-garden');
if (!loaded.ok) throw new Error(`the gardening pack does not load: ${JSON.stringify(loaded.errors)}`);
const garden: Faq = loaded.value;

describe('a gardening pack through the bot', () => {
	let h: Harness;
	beforeAll(async () => {
		h = await startHarness({ faq: garden, env: { ANSWER_MENTIONS: 'true' } });
	});
	afterAll(() => h?.stop());

	test.each([
		{ given: '/ask with a question the pack answers', interaction: () => chatInputInteraction({ name: 'ask', options: { question: 'how often do i water my tomatoes' } }), shows: 'Water tomatoes deeply' },
		{ given: '/ask with a question it does not cover', interaction: () => chatInputInteraction({ name: 'ask', options: { question: 'best lawn mower for a small garden' } }), shows: "doesn't cover lawn" },
		{ given: '/ask with an emergency of its own', interaction: () => chatInputInteraction({ name: 'ask', options: { question: 'my kid ate some foxglove' } }), shows: 'poison control' },
		{ given: '/tip', interaction: () => chatInputInteraction({ name: 'tip' }), shows: 'Tip of the day' },
		{ given: '/about', interaction: () => chatInputInteraction({ name: 'about' }), shows: 'answers questions about vegetable gardening from the Allotment FAQ' },
		{ given: '/help', interaction: () => chatInputInteraction({ name: 'help' }), shows: 'Ask a question about vegetable gardening' },
		{ given: '/faq browse', interaction: () => chatInputInteraction({ name: 'faq', subcommand: 'browse' }), shows: 'Watering' },
	])('GIVEN $given THEN the reply is about gardening, with no fitness words', async ({ interaction, shows }) => {
		const { data } = await h.interact(interaction());
		const sent = JSON.stringify(data);
		expect(sent).toContain(shows);
		expect(sent).not.toMatch(FITNESS_WORDS);
	});

	test('GIVEN a mention with nothing to ask THEN the empty-question reply uses the pack\'s own example', async () => {
		const incoming = guildMessage({ content: mention(h.server.botUser.id), author: newUser() });
		h.server.dispatchMessage(incoming);
		const reply = await h.server.waitForRequest((r) => r.method === 'POST' && (r.body as { message_reference?: { message_id: string } })?.message_reference?.message_id === incoming.id);
		const sent = JSON.stringify(reply.body);
		expect(sent).toContain('how often should I water tomatoes?');
		expect(sent).not.toMatch(FITNESS_WORDS);
	});

	test('GIVEN the definitions registered for the pack THEN no command description names fitness', () => {
		const sent = JSON.stringify(commandDefinitions({ maxQuestionLength: 500, pack: garden.pack }));
		expect(sent).toContain('vegetable gardening');
		expect(sent).not.toMatch(FITNESS_WORDS);
	});
});
