import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GatewayDispatchEvents, GatewayIntentBits, Routes } from 'discord.js';
import type {
	APIInteraction,
	APIMessage,
	APIOverwrite,
	APIUser,
	GatewayIdentifyData,
	GatewayMessageCreateDispatchData,
	GatewaySendPayload,
} from 'discord.js';
import { DiscordApi } from './api.js';
import { Gateway } from './gateway.js';
import type { DispatchData, DispatchEvent } from './gateway.js';
import { RequestLog } from './request-log.js';
import type { RecordedRequest, RequestMatcher } from './request-log.js';
import { RestServer } from './rest.js';
import type { InjectedFailure } from './rest.js';
import { channelById, defaultWorld } from './world.js';
import type { DiscordWorld, GuildFixture } from './world.js';

export type { RecordedFile, RecordedRequest, RequestMatcher, RequestPredicate } from './request-log.js';
export type { InjectedFailure } from './rest.js';

export interface DiscordServerOptions {
	/** The bot token the server accepts on REST and in IDENTIFY. */
	token?: string;
	/** Sent in HELLO; discord.js sends its first heartbeat after a random fraction of it. */
	heartbeatIntervalMs?: number;
	world?: DiscordWorld;
	/** Default deadline of the `waitFor*` helpers and `dispatchInteraction`. */
	timeoutMs?: number;
}

export const DEFAULT_TOKEN = 'cooldown-test-token';

export async function startDiscordServer(options: DiscordServerOptions = {}): Promise<DiscordServer> {
	const http = createServer();
	await new Promise<void>((resolve, reject) => {
		http.once('error', reject);
		http.listen(0, '127.0.0.1', () => resolve());
	});
	return new DiscordServer(http, options);
}

export class DiscordServer {
	readonly apiUrl: string;
	readonly gatewayUrl: string;
	readonly token: string;
	readonly world: DiscordWorld;
	readonly #http: Server;
	readonly #log = new RequestLog();
	readonly #api: DiscordApi;
	readonly #gateway: Gateway;
	readonly #rest: RestServer;
	readonly #timeoutMs: number;

	/** Use `startDiscordServer`, which binds the port this needs to know its URLs. */
	constructor(http: Server, options: DiscordServerOptions) {
		const { port } = http.address() as AddressInfo;
		const origin = `http://127.0.0.1:${port}`;
		this.#http = http;
		this.apiUrl = `${origin}/api`;
		this.token = options.token ?? DEFAULT_TOKEN;
		this.world = options.world ?? defaultWorld();
		this.#timeoutMs = options.timeoutMs ?? 2000;
		this.#api = new DiscordApi({ world: this.world, origin, onMessageCreated: (message) => this.#echo(message) });
		this.gatewayUrl = this.#api.gatewayUrl;
		this.#gateway = new Gateway({
			world: this.world,
			token: this.token,
			heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
			url: this.gatewayUrl,
		});
		this.#rest = new RestServer({ routes: this.#api.routes, token: this.token, log: this.#log });

		http.on('request', (req, res) => void this.#rest.handle(req, res));
		http.on('upgrade', (req, socket, head: Buffer) => {
			const { pathname } = new URL(req.url ?? '/', origin);
			if (pathname === '/gateway') this.#gateway.handleUpgrade(req, socket, head);
			else socket.destroy();
		});
	}

	get applicationId(): string {
		return this.world.applicationId;
	}

	get botUser(): APIUser {
		return this.world.botUser;
	}

	get guilds(): readonly GuildFixture[] {
		return this.world.guilds;
	}

	/** The first guild, where the payload builders place interactions and messages by default. */
	get guild(): GuildFixture {
		const [guild] = this.world.guilds;
		if (!guild) throw new Error('The test world has no guilds');
		return guild;
	}

	get channelIds(): string[] {
		return this.guild.channels.map(({ id }) => id);
	}

	get requests(): readonly RecordedRequest[] {
		return this.#log.all;
	}

	/** Every payload the client sent over the gateway, heartbeats included. */
	get gatewayPayloads(): readonly GatewaySendPayload[] {
		return this.#gateway.received;
	}

	get heartbeatCount(): number {
		return this.#gateway.heartbeatCount;
	}

	clearRequests(): void {
		this.#log.clear();
	}

	/** Resolves with the client's IDENTIFY once it has been sent READY and every GUILD_CREATE. */
	waitForReady(timeoutMs = this.#timeoutMs): Promise<GatewayIdentifyData> {
		return this.#gateway.waitForReady(timeoutMs);
	}

	waitForHeartbeatAck(timeoutMs = this.#timeoutMs): Promise<number> {
		return this.#gateway.waitForHeartbeatAck(timeoutMs);
	}

	/** Resolves with the first recorded request that matches, including ones recorded before the call. */
	waitForRequest(matcher: RequestMatcher, timeoutMs = this.#timeoutMs): Promise<RecordedRequest> {
		return this.#log.waitFor(matcher, timeoutMs);
	}

	/** Sends INTERACTION_CREATE and resolves with the bot's first callback for it. */
	dispatchInteraction(interaction: APIInteraction, timeoutMs = this.#timeoutMs): Promise<RecordedRequest> {
		this.dispatch(GatewayDispatchEvents.InteractionCreate, interaction);
		const path = Routes.interactionCallback(interaction.id, interaction.token);
		return this.#log.waitFor({ method: 'POST', path }, timeoutMs);
	}

	/**
	 * Sends MESSAGE_CREATE as Discord would for the client's intents: refused
	 * without GUILD_MESSAGES, and with content, embeds, attachments and
	 * components blanked without MESSAGE_CONTENT unless the bot is mentioned.
	 */
	dispatchMessage(message: GatewayMessageCreateDispatchData): void {
		const intents = this.#gateway.identify?.intents ?? 0;
		if ((intents & GatewayIntentBits.GuildMessages) === 0) {
			throw new Error('The client lacks the GuildMessages intent, so Discord would not deliver this message');
		}
		const readable =
			(intents & GatewayIntentBits.MessageContent) !== 0 ||
			message.author.id === this.botUser.id ||
			message.mentions.some(({ id }) => id === this.botUser.id);
		this.dispatch(
			GatewayDispatchEvents.MessageCreate,
			readable ? message : { ...message, content: '', embeds: [], attachments: [], components: [] },
		);
	}

	/**
	 * Sends any dispatch event verbatim. Interactions and messages sent this
	 * way are still remembered, so the bot can answer or reply to them.
	 */
	dispatch<Event extends DispatchEvent>(event: Event, data: DispatchData<Event>): void {
		if (event === GatewayDispatchEvents.InteractionCreate) this.#api.trackInteraction(data as APIInteraction);
		if (event === GatewayDispatchEvents.MessageCreate) this.#api.trackMessage(data as APIMessage);
		this.#gateway.dispatch(event, data);
	}

	/**
	 * Answers the next matching request(s) with an error instead of handling
	 * it. A string pattern uses `:name` placeholders relative to `/api/v10`
	 * (e.g. `/channels/:id/messages`); a RegExp is tested against that path.
	 */
	failNext(method: string, pathPattern: string | RegExp, failure: InjectedFailure): void {
		this.#rest.failNext(method, pathPattern, failure);
	}

	/** The messages a channel holds now (the bot's and those dispatched to it), oldest first. */
	messagesIn(channelId: string): APIMessage[] {
		return this.#api.messagesIn(channelId);
	}

	/** Deletes a channel as a guild's owner would: Discord answers Unknown Channel (10003) from then on. */
	deleteChannel(channelId: string): void {
		const found = channelById(this.world, channelId);
		if (!found) throw new Error(`No channel ${channelId} in the test world`);
		found.guild.channels.splice(found.guild.channels.indexOf(found.channel), 1);
		if (this.#gateway.identify) this.#gateway.dispatch(GatewayDispatchEvents.ChannelDelete, { ...found.channel, guild_id: found.guild.id });
	}

	/**
	 * Replaces a channel's permission overwrites, as a moderator editing it would. Denying the bot
	 * View Channel makes Discord answer Missing Access (50001), denying Send Messages Missing
	 * Permissions (50013).
	 */
	setChannelOverwrites(channelId: string, overwrites: APIOverwrite[]): void {
		const found = channelById(this.world, channelId);
		if (!found) throw new Error(`No channel ${channelId} in the test world`);
		found.channel.permission_overwrites = overwrites;
		if (this.#gateway.identify) this.#gateway.dispatch(GatewayDispatchEvents.ChannelUpdate, { ...found.channel, guild_id: found.guild.id });
	}

	/** Destroy the discord.js client first; a client still connected is disconnected for good. */
	async close(): Promise<void> {
		this.#log.rejectPending('Discord test server closed');
		await this.#gateway.close();
		await new Promise<void>((resolve, reject) => {
			this.#http.close((error) => (error ? reject(error) : resolve()));
			// Idle keep-alive sockets from undici would otherwise hold close() open.
			this.#http.closeAllConnections();
		});
	}

	/** Discord echoes the bot's own visible messages back over the gateway to intents that cover them. */
	#echo(message: GatewayMessageCreateDispatchData): void {
		const intents = this.#gateway.identify?.intents ?? 0;
		if ((intents & GatewayIntentBits.GuildMessages) === 0) return;
		// After the REST response, the order in which Discord usually delivers the two.
		setImmediate(() => {
			if (this.#gateway.identify) this.#gateway.dispatch(GatewayDispatchEvents.MessageCreate, message);
		});
	}
}
