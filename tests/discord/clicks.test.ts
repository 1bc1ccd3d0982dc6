import { MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Feedback } from '../../src/discord/feedback.js';
import { buttonInteraction, stringSelectInteraction } from '../discord-server/payloads.js';
import { customIds, startHarness, type Harness } from './harness.js';

const STALE_ENTRY = 'That question is no longer in the FAQ. Use `/faq browse` to see the current ones.';
const STALE_COMPONENT = 'That button or menu is from an older message and no longer works. Use `/help` to see what I can do.';

/** The whole callback a short ephemeral notice is sent as. */
const notice = (content: string) => ({
	type: 4,
	data: { content, embeds: [], components: [], flags: MessageFlags.Ephemeral, allowed_mentions: { parse: [] }, tts: false, enforce_nonce: false },
});

describe('buttons and menus', () => {
	const recorded: Feedback[] = [];
	let h: Harness;
	beforeAll(async () => {
		h = await startHarness({ feedback: { record: async (feedback) => void recorded.push(feedback) } });
	});
	afterAll(() => h?.stop());

	test.each([
		{ vote: 'up', helpful: true },
		{ vote: 'down', helpful: false },
	])('GIVEN a click on feedback:$vote THEN the clicker alone is thanked and the sink gets helpful: $helpful and nothing about who', async ({ vote, helpful }) => {
		recorded.length = 0;

		const callback = await h.interact(buttonInteraction({ customId: `feedback:${vote}:hiit-inflammation` }));

		expect(callback).toEqual(notice('Thanks for the feedback!'));
		expect(recorded).toEqual([{ entryId: 'hiit-inflammation', helpful }]);
	});

	test('GIVEN a click on a related-question button THEN that answer is shown to the clicker alone, with its own buttons', async () => {
		const { type, data } = await h.interact(buttonInteraction({ customId: 'answer:best-exercise-type' }));

		expect(type).toBe(4);
		expect(data.flags).toBe(MessageFlags.Ephemeral);
		expect(data.allowed_mentions).toEqual({ parse: [] });
		expect(data.embeds![0]!.title).toBe(h.faq.byId.get('best-exercise-type')!.question);
		expect(customIds(data)[0]).toEqual(['feedback:up:best-exercise-type', 'feedback:down:best-exercise-type']);
	});

	test.each([
		{ given: 'an answer button for a removed entry', customId: 'answer:removed-entry', content: STALE_ENTRY },
		{ given: 'feedback on a removed entry', customId: 'feedback:up:removed-entry', content: STALE_ENTRY },
		{ given: 'an id this version never makes', customId: 'ask-again:hiit', content: STALE_COMPONENT },
		{ given: 'a malformed answer id', customId: 'answer:Not A Slug', content: STALE_COMPONENT },
		{ given: 'a menu id on a button', customId: 'faq:topic:0', content: STALE_COMPONENT },
	])('GIVEN $given THEN the clicker is told it no longer works', async ({ customId, content }) => {
		expect(await h.interact(buttonInteraction({ customId }))).toEqual(notice(content));
	});

	test.each([
		{ given: 'a topic the FAQ no longer has', customId: 'faq:topic:0', value: 'Cold plunges', content: STALE_COMPONENT },
		{ given: 'a question the FAQ no longer has', customId: 'faq:entry:0', value: 'removed-entry', content: STALE_ENTRY },
	])('GIVEN a menu choice of $given THEN the member is told so', async ({ customId, value, content }) => {
		expect(await h.interact(stringSelectInteraction({ customId, values: [value] }))).toEqual(notice(content));
	});
});
