import { MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chatInputInteraction } from '../discord-server/payloads.js';
import { newUser, startHarness, type Harness } from './harness.js';

const COOLDOWN_SECONDS = 60;

const ask = (question: string, user: ReturnType<typeof newUser>) => chatInputInteraction({ name: 'ask', options: { question }, user });

describe('the per-member cooldown on /ask', () => {
	let h: Harness;
	beforeAll(async () => {
		h = await startHarness({ env: { ASK_COOLDOWN_SECONDS: String(COOLDOWN_SECONDS) } });
	});
	afterAll(() => h?.stop());

	test('GIVEN a second /ask within the cooldown THEN only the member is told when to try again, as a Discord timestamp', async () => {
		const member = newUser();
		await h.interact(ask('what is doms', member));
		const askedAt = Math.floor(Date.now() / 1000);

		const { data } = await h.interact(ask('does hiit cause inflammation?', member));

		expect(data).toMatchObject({ flags: MessageFlags.Ephemeral, allowed_mentions: { parse: [] }, embeds: [], components: [] });
		const [, unix] = /^You're asking a little fast\. You can ask again <t:(\d+):R>\.$/.exec(String(data.content)) ?? [];
		expect(Number(unix)).toBeGreaterThanOrEqual(askedAt + COOLDOWN_SECONDS - 1);
		expect(Number(unix)).toBeLessThanOrEqual(askedAt + COOLDOWN_SECONDS + 1);
	});

	test('GIVEN one member in their cooldown THEN another member is answered', async () => {
		await h.interact(ask('what is doms', newUser()));

		const { data } = await h.interact(ask('what is doms', newUser()));

		expect(data.embeds).toHaveLength(1);
		expect(data.content).toBeUndefined();
	});

	test('GIVEN an emergency within the cooldown THEN the emergency guidance is sent anyway', async () => {
		const member = newUser();
		await h.interact(ask('what is doms', member));

		const { data } = await h.interact(ask('my chest hurts and my arm is numb', member));

		expect(data.embeds![0]).toMatchObject({ color: 0xd64545 });
	});
});

describe('/ask with the cooldown set to 0', () => {
	let h: Harness;
	beforeAll(async () => {
		h = await startHarness({ env: { ASK_COOLDOWN_SECONDS: '0' } });
	});
	afterAll(() => h?.stop());

	test('GIVEN questions in quick succession THEN every one is answered', async () => {
		const member = newUser();
		for (const question of ['what is doms', 'does hiit cause inflammation?', 'what is doms']) {
			expect((await h.interact(ask(question, member))).data.embeds).toHaveLength(1);
		}
	});
});
