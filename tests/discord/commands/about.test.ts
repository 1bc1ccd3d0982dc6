import { MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chatInputInteraction } from '../../discord-server/payloads.js';
import { startHarness, type Harness } from '../harness.js';

describe('/about', () => {
	let h: Harness;
	beforeAll(async () => {
		h = await startHarness();
	});
	afterAll(() => h?.stop());

	test('GIVEN /about THEN the member sees the source article, the experts with credentials, how answers are chosen and the disclaimer', async () => {
		const { data } = await h.interact(chatInputInteraction({ name: 'about' }));

		expect(data.flags).toBe(MessageFlags.Ephemeral);
		expect(data.allowed_mentions).toEqual({ parse: [] });
		const [embed] = data.embeds as { title: string; description: string; fields: { name: string; value: string }[]; footer: { text: string } }[];
		expect(embed!.title).toBe('About Cooldown');
		expect(embed!.description).toContain('answers questions about exercise and inflammation from the Cooldown FAQ');
		expect(embed!.fields.map(({ name }) => name)).toEqual(['Source article', 'Experts', 'How answers are chosen']);
		const [article, experts, how] = embed!.fields;
		expect(article!.value).toBe('Does Exercise Reduce Inflammation? Experts Break Down How It Works (by Sarah Klein, published by Peloton)');
		expect(experts!.value).toContain('• **Elizabeth Gardner, MD**: Associate professor of orthopaedics and sports medicine at Yale University');
		expect(experts!.value).toContain('• **Schuyler Archambault**: Physical therapist, certified strength and conditioning specialist');
		expect(how!.value).toContain('curated FAQ');
		expect(how!.value).toContain('"I don\'t have that one" rather than guess');
		expect(how!.value).toContain('emergency guidance');
		expect(embed!.footer.text).toBe(h.faq.disclaimer);
	});
});
