import { ButtonStyle, MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buttonInteraction, chatInputInteraction } from '../../discord-server/payloads.js';
import { startHarness, type Harness } from '../harness.js';

describe('/tip', () => {
	let h: Harness;
	beforeAll(async () => {
		h = await startHarness();
	});
	afterAll(() => h?.stop());

	test("GIVEN /tip THEN today's tip (the same for everyone, by UTC day) is posted with its attribution and a button to its entry", async () => {
		const tip = h.faq.tips[Math.floor(Date.now() / 86_400_000) % h.faq.tips.length]!;
		const entry = h.faq.byId.get(tip.entry)!;
		const experts = tip.experts.map((id) => h.faq.experts.get(id)!.name);
		const attribution = experts.length > 0 ? experts : tip.sources.map((id) => h.faq.sources.get(id)!.title);

		const { type, data } = await h.interact(chatInputInteraction({ name: 'tip' }));

		expect(type).toBe(4);
		expect(data.flags).toBeUndefined();
		expect(data.allowed_mentions).toEqual({ parse: [] });
		expect(data.embeds).toEqual([
			{
				title: 'Tip of the day',
				description: tip.text,
				color: 0x2f9e8f,
				fields: [{ name: 'From', value: attribution.join(', ') }],
				footer: { text: h.faq.disclaimer },
			},
		]);
		expect(data.components).toEqual([
			{ type: 1, components: [{ type: 2, style: ButtonStyle.Primary, custom_id: `answer:${entry.id}`, label: buttonLabel(entry.question) }] },
		]);
	});

	test("GIVEN a click on the tip's button THEN the clicker gets the entry it comes from", async () => {
		const { data: tip } = await h.interact(chatInputInteraction({ name: 'tip' }));
		const customId = (tip.components![0]!.components[0] as { custom_id: string }).custom_id;

		const { data } = await h.interact(buttonInteraction({ customId }));

		expect(data.flags).toBe(MessageFlags.Ephemeral);
		expect(data.embeds![0]!.title).toBe(h.faq.byId.get(customId.slice('answer:'.length))!.question);
	});
});

/** Discord's 80-character button label, cut with an ellipsis. */
function buttonLabel(text: string): string {
	return text.length <= 80 ? text : `${text.slice(0, 79).trimEnd()}…`;
}
