import { once } from 'node:events';
import {
	Client,
	DiscordAPIError,
	Events,
	GatewayIntentBits,
	Message,
	MessageFlags,
	MessageType,
	Routes,
} from 'discord.js';
import type { Interaction } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
	autocompleteInteraction,
	buttonInteraction,
	chatInputInteraction,
	guildMessage,
	mention,
	modalSubmitInteraction,
	stringSelectInteraction,
	submitModal,
} from './payloads.js';
import { startDiscordServer } from './server.js';
import type { DiscordServer } from './server.js';

/** A 1×1 PNG, to send as a file. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

const MODAL = {
	custom_id: 'form',
	title: 'Tell me',
	components: [{ type: 18, label: 'Your answer', component: { type: 4, custom_id: 'answer', style: 2, value: 'prefilled', max_length: 100 } }],
};

const INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent];

/** A stand-in bot: just enough behaviour to drive every kind of response through the server. */
async function respond(interaction: Interaction): Promise<unknown> {
	if (interaction.isAutocomplete()) {
		return interaction.respond([{ name: 'Ice baths after lifting?', value: 'ice-baths' }]);
	}
	if (interaction.isChatInputCommand() && interaction.commandName === 'ping') {
		return interaction.reply({ content: 'pong', flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
	}
	if (interaction.isChatInputCommand() && interaction.commandName === 'slow') {
		await interaction.deferReply();
		return interaction.editReply(`answer for ${interaction.options.getString('question', true)}`);
	}
	if (interaction.isChatInputCommand() && interaction.commandName === 'form') return interaction.showModal(MODAL);
	if (interaction.isChatInputCommand() && interaction.commandName === 'badform') {
		// discord.js checks a modal itself; the raw route shows what Discord answers a bot that does not.
		const data = { ...MODAL, title: 'A title longer than the forty-five characters allowed' };
		return interaction.client.rest.post(Routes.interactionCallback(interaction.id, interaction.token), { body: { type: 9, data }, auth: false });
	}
	if (interaction.isChatInputCommand() && interaction.commandName === 'chart') {
		await interaction.deferReply({ flags: MessageFlags.Ephemeral });
		return interaction.editReply({ embeds: [{ title: 'Chart', image: { url: 'attachment://chart.png' } }], files: [{ attachment: PNG, name: 'chart.png' }] });
	}
	if (interaction.isModalSubmit() && interaction.customId === 'again') {
		// discord.js has no showModal on a submission; Discord refuses the raw callback too.
		return interaction.client.rest.post(Routes.interactionCallback(interaction.id, interaction.token), { body: { type: 9, data: MODAL }, auth: false });
	}
	if (interaction.isModalSubmit()) {
		return interaction.reply({ content: `got ${interaction.fields.getTextInputValue('answer')}`, files: [{ attachment: PNG, name: 'chart.png' }], embeds: [{ image: { url: 'attachment://chart.png' } }] });
	}
	if (interaction.isButton()) {
		return interaction.update({ content: `pressed ${interaction.customId}`, components: [] });
	}
	if (interaction.isStringSelectMenu()) return interaction.reply(`picked ${interaction.values.join(', ')}`);
	throw new Error(`unexpected interaction ${interaction.id}`);
}

/** Sockets held by anything in this process: the baseline for the no-leaked-handles check. */
function tcpHandleCount(): number {
	return process.getActiveResourcesInfo().filter((resource) => resource.startsWith('TCP')).length;
}

describe('loopback Discord server driven by a real discord.js Client', () => {
	const baselineTcpHandles = tcpHandleCount();
	/** Settles with what the bot's handler returned or threw, keyed by interaction id. */
	const outcomes = new Map<string, Promise<unknown>>();
	let server: DiscordServer;
	let client: Client;
	let shutDown = false;

	beforeAll(async () => {
		server = await startDiscordServer({ heartbeatIntervalMs: 100 });
		client = new Client({ intents: INTENTS, rest: { api: server.apiUrl } });
		client.on(Events.InteractionCreate, (interaction) => {
			outcomes.set(interaction.id, respond(interaction).catch((error: unknown) => error));
		});
		client.on(Events.MessageCreate, (message) => {
			// The server echoes the bot's own messages back, as Discord does; answering them would loop.
			if (!message.author.bot) void message.reply(`you said: ${message.content}`);
		});
		const ready = once(client, Events.ClientReady);
		await client.login(server.token);
		await ready;
	});

	afterAll(async () => {
		// The last test shuts down on purpose; this covers a run that stopped before it.
		if (shutDown) return;
		await client?.destroy();
		await server?.close();
	});

	it('identifies with the configured token and intents, over JSON without compression', async () => {
		const identify = await server.waitForReady();

		expect(identify.intents).toBe(
			GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.MessageContent,
		);
		expect(identify).toMatchObject({ token: server.token, shard: [0, 1], compress: false });
		expect(server.requests.map(({ method, path }) => `${method} ${path}`)).toContain('GET /gateway/bot');
		expect(client.guilds.cache.get(server.guild.id)?.channels.cache.size).toBe(server.channelIds.length);
		expect(client.user?.id).toBe(server.botUser.id);
		expect(client.application?.id).toBe(server.applicationId);
	});

	it('acknowledges heartbeats', async () => {
		const count = await server.waitForHeartbeatAck();

		expect(count).toBeGreaterThan(0);
		await vi.waitFor(() => expect(client.ws.ping).toBeGreaterThanOrEqual(0), { timeout: 1000 });
	});

	it('records an ephemeral reply as the exact callback body discord.js sends', async () => {
		const interaction = chatInputInteraction({ name: 'ping' });

		const callback = await server.dispatchInteraction(interaction);

		expect(callback.path).toBe(Routes.interactionCallback(interaction.id, interaction.token));
		expect(callback.query).toEqual({ with_response: 'false' });
		expect(callback.headers.authorization).toBeUndefined();
		expect(callback.body).toEqual({
			type: 4,
			data: {
				content: 'pong',
				tts: false,
				enforce_nonce: false,
				flags: MessageFlags.Ephemeral,
				allowed_mentions: { parse: [] },
			},
		});
		expect(callback.status).toBe(204);
	});

	it('records autocomplete choices as a type 8 callback', async () => {
		const interaction = autocompleteInteraction({ name: 'ask', focused: { name: 'question', value: 'ice' } });

		const callback = await server.dispatchInteraction(interaction);

		expect(callback.body).toEqual({
			type: 8,
			data: { choices: [{ name: 'Ice baths after lifting?', value: 'ice-baths' }] },
		});
	});

	it('routes deferReply to a type 5 callback and editReply to PATCH @original', async () => {
		const interaction = chatInputInteraction({ name: 'slow', options: { question: 'sauna' } });

		const callback = await server.dispatchInteraction(interaction);
		const edit = await server.waitForRequest({
			method: 'PATCH',
			path: Routes.webhookMessage(server.applicationId, interaction.token, '@original'),
		});

		expect(callback.body).toEqual({ type: 5, data: { flags: 0 } });
		expect(edit.path).toBe(`/webhooks/${server.applicationId}/${interaction.token}/messages/@original`);
		expect(edit.body).toMatchObject({ content: 'answer for sauna' });
		const edited = await outcomes.get(interaction.id);
		expect(edited).toBeInstanceOf(Message);
		expect((edited as Message).content).toBe('answer for sauna');
		expect((edited as Message).flags.has(MessageFlags.Loading)).toBe(false);
	});

	it('records message.reply as a channel message referencing the original', async () => {
		const incoming = guildMessage({ content: `${mention(server.botUser.id)} how long should I rest?` });

		server.dispatchMessage(incoming);
		const path = Routes.channelMessages(incoming.channel_id);
		const reply = await server.waitForRequest({ method: 'POST', path });

		expect(reply.headers.authorization).toBe(`Bot ${server.token}`);
		expect(reply.body).toMatchObject({
			content: `you said: ${incoming.content}`,
			message_reference: { message_id: incoming.id },
		});
		expect(reply.response).toMatchObject({ type: MessageType.Reply, referenced_message: { id: incoming.id } });
	});

	it('builds button and string select interactions discord.js accepts', async () => {
		const button = buttonInteraction({ customId: 'more-tips' });
		const select = stringSelectInteraction({ customId: 'topic', values: ['sleep', 'sauna'] });

		const update = await server.dispatchInteraction(button);
		const reply = await server.dispatchInteraction(select);

		expect(update.body).toMatchObject({ type: 7, data: { content: 'pressed more-tips', components: [] } });
		expect(reply.body).toMatchObject({ type: 4, data: { content: 'picked sleep, sauna' } });
	});

	it('records a modal as a type 9 callback, and a submission of it reaches the bot with what the member typed', async () => {
		const callback = await server.dispatchInteraction(chatInputInteraction({ name: 'form' }));

		expect(callback.body).toEqual({ type: 9, data: MODAL });
		expect(callback.status).toBe(204);
		const reply = await server.dispatchInteraction(submitModal(MODAL, { answer: 'typed by the member' }));
		expect(reply.body).toMatchObject({ type: 4, data: { content: 'got typed by the member' } });
	});

	it('refuses a modal Discord would refuse, and a modal in answer to a modal', async () => {
		const bad = chatInputInteraction({ name: 'badform' });
		const refused = await server.dispatchInteraction(bad);
		expect(refused.status).toBe(400);
		expect(refused.response).toMatchObject({ code: 50035, errors: { data: { title: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH' }] } } } });
		expect(await outcomes.get(bad.id)).toBeInstanceOf(DiscordAPIError);

		const again = modalSubmitInteraction({ customId: 'again', values: { answer: 'x' } });
		expect((await server.dispatchInteraction(again)).status).toBe(400);
	});

	it('records a file sent with a reply as multipart form data, and points the embed at it as Discord does', async () => {
		const callback = await server.dispatchInteraction(submitModal(MODAL));

		expect(callback.headers['content-type']).toMatch(/^multipart\/form-data/);
		expect(callback.files).toEqual([{ field: 'files[0]', name: 'chart.png', contentType: 'image/png', data: PNG }]);
		expect(callback.body).toMatchObject({ type: 4, data: { attachments: [{ id: '0' }], embeds: [{ image: { url: 'attachment://chart.png' } }] } });
	});

	it('keeps a file sent by editing a deferred reply, with the embed pointing at the uploaded attachment', async () => {
		const interaction = chatInputInteraction({ name: 'chart' });
		await server.dispatchInteraction(interaction);
		const edit = await server.waitForRequest({ method: 'PATCH', path: Routes.webhookMessage(server.applicationId, interaction.token, '@original') });

		expect(edit.files.map(({ name, data }) => [name, data.subarray(0, 8).toString('hex')])).toEqual([['chart.png', '89504e470d0a1a0a']]);
		const message = edit.response as { attachments: { filename: string; url: string }[]; embeds: { image: { url: string } }[] };
		expect(message.attachments).toEqual([expect.objectContaining({ filename: 'chart.png', content_type: 'image/png', size: PNG.length })]);
		expect(message.embeds[0]!.image.url).toBe(message.attachments[0]!.url);
		expect(message.attachments[0]!.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/attachments\//);
	});

	it('makes the bot see an injected failure as a DiscordAPIError', async () => {
		server.failNext('POST', '/interactions/:id/:token/callback', {
			status: 400,
			body: { message: 'Invalid Form Body', code: 50035 },
		});
		const interaction = chatInputInteraction({ name: 'ping' });

		const callback = await server.dispatchInteraction(interaction);
		const error = await outcomes.get(interaction.id);

		expect(callback.status).toBe(400);
		expect(error).toBeInstanceOf(DiscordAPIError);
		expect(error).toMatchObject({ status: 400, code: 50035 });
	});

	it('answers unknown routes with a recorded Discord-style 404', async () => {
		const failure = await client.rest.get('/no/such/route').catch((error: unknown) => error);

		expect(failure).toBeInstanceOf(DiscordAPIError);
		expect(failure).toMatchObject({ status: 404, code: 0, message: 'Unknown route' });
		expect(server.requests.at(-1)).toMatchObject({ method: 'GET', path: '/no/such/route', status: 404 });
	});

	it('shuts down without leaving sockets open', async () => {
		shutDown = true;
		await client.destroy();
		await server.close();

		await vi.waitFor(() => expect(tcpHandleCount()).toBeLessThanOrEqual(baselineTcpHandles), { timeout: 1000 });
	});
});
