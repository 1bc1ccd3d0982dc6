import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { GatewayCloseCodes, GatewayDispatchEvents, GatewayOpcodes } from 'discord.js';
import type {
	GatewayDispatchPayload,
	GatewayIdentifyData,
	GatewayReceivePayload,
	GatewaySendPayload,
} from 'discord.js';
import { WebSocketServer } from 'ws';
import type { RawData, WebSocket } from 'ws';
import { snowflake } from './ids.js';
import { Waiters } from './waiters.js';
import { guildCreatePayload, readyPayload } from './world.js';
import type { DiscordWorld } from './world.js';

export type DispatchEvent = GatewayDispatchPayload['t'];
export type DispatchData<Event extends DispatchEvent> = Extract<GatewayDispatchPayload, { t: Event }>['d'];

export interface GatewayOptions {
	world: DiscordWorld;
	token: string;
	heartbeatIntervalMs: number;
	url: string;
}

interface Session {
	socket: WebSocket;
	identify: GatewayIdentifyData;
	sequence: number;
}

/**
 * Discord's gateway for a single unsharded client, JSON-encoded and
 * uncompressed. Resuming is not modelled: a RESUME is answered with
 * INVALID_SESSION, which makes discord.js identify afresh.
 */
export class Gateway {
	/** Every payload clients sent, in order, heartbeats included. */
	readonly received: GatewaySendPayload[] = [];
	readonly #options: GatewayOptions;
	readonly #server = new WebSocketServer({ noServer: true });
	readonly #ready = new Waiters<GatewayIdentifyData>();
	readonly #heartbeatAcks = new Waiters<number>();
	#session: Session | undefined;
	#heartbeatCount = 0;

	constructor(options: GatewayOptions) {
		this.#options = options;
		this.#server.on('connection', (socket: WebSocket, request: IncomingMessage) =>
			this.#onConnection(socket, request),
		);
	}

	/** The IDENTIFY of the connected client, once it has been sent READY. */
	get identify(): GatewayIdentifyData | undefined {
		return this.#session?.identify;
	}

	get heartbeatCount(): number {
		return this.#heartbeatCount;
	}

	handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
		this.#server.handleUpgrade(request, socket, head, (ws) => this.#server.emit('connection', ws, request));
	}

	waitForReady(timeoutMs: number): Promise<GatewayIdentifyData> {
		if (this.#session) return Promise.resolve(this.#session.identify);
		return this.#ready.wait(timeoutMs, () => {
			const ops = this.received.map(({ op }) => op).join(', ');
			return new Error(`Timed out after ${timeoutMs}ms waiting for a client to IDENTIFY; received ops: [${ops}]`);
		});
	}

	/** Resolves with the running heartbeat count once the next heartbeat has been acknowledged. */
	waitForHeartbeatAck(timeoutMs: number): Promise<number> {
		return this.#heartbeatAcks.wait(timeoutMs, () => new Error(`No heartbeat within ${timeoutMs}ms`));
	}

	dispatch<Event extends DispatchEvent>(event: Event, data: DispatchData<Event>): void {
		const session = this.#session;
		if (!session) throw new Error(`Cannot dispatch ${event}: no client has identified; await waitForReady() first`);
		session.sequence += 1;
		const payload = { op: GatewayOpcodes.Dispatch, t: event, s: session.sequence, d: data };
		send(session.socket, payload as GatewayReceivePayload);
	}

	/**
	 * A client still connected here was not destroyed by its test. Closing
	 * with a code discord.js treats as fatal stops it from reconnecting to a
	 * port that is gone, which would otherwise keep the test process alive.
	 */
	async close(): Promise<void> {
		this.#ready.rejectAll(new Error('Discord test server closed'));
		this.#heartbeatAcks.rejectAll(new Error('Discord test server closed'));
		const closed = [...this.#server.clients].map(
			(socket) =>
				new Promise<void>((resolve) => {
					// A client that never answers the close handshake must not stall shutdown.
					const force = setTimeout(() => socket.terminate(), 500);
					socket.once('close', () => {
						clearTimeout(force);
						resolve();
					});
					socket.close(GatewayCloseCodes.AuthenticationFailed, 'Test server closed before the client');
				}),
		);
		await Promise.all(closed);
		await new Promise<void>((resolve, reject) =>
			this.#server.close((error) => (error ? reject(error) : resolve())),
		);
	}

	#onConnection(socket: WebSocket, request: IncomingMessage): void {
		const problem = unsupportedConnection(new URL(request.url ?? '/', 'ws://127.0.0.1').searchParams);
		if (problem) {
			this.#reject(socket, problem.code, problem.reason);
			return;
		}
		socket.on('message', (raw, isBinary) => this.#onMessage(socket, raw, isBinary));
		socket.on('close', () => {
			if (this.#session?.socket === socket) this.#session = undefined;
		});
		const hello = { heartbeat_interval: this.#options.heartbeatIntervalMs };
		send(socket, { op: GatewayOpcodes.Hello, d: hello, s: null, t: null });
	}

	#onMessage(socket: WebSocket, raw: RawData, isBinary: boolean): void {
		let payload: GatewaySendPayload;
		try {
			if (isBinary) throw new Error('binary frame');
			payload = JSON.parse(rawToString(raw)) as GatewaySendPayload;
		} catch {
			this.#reject(socket, GatewayCloseCodes.DecodeError, 'Payloads must be JSON text frames');
			return;
		}
		this.received.push(payload);
		switch (payload.op) {
			case GatewayOpcodes.Heartbeat:
				this.#heartbeatCount += 1;
				send(socket, { op: GatewayOpcodes.HeartbeatAck, d: undefined, s: null, t: null });
				this.#heartbeatAcks.offer(this.#heartbeatCount);
				break;
			case GatewayOpcodes.Identify:
				this.#onIdentify(socket, payload.d);
				break;
			case GatewayOpcodes.Resume:
				send(socket, { op: GatewayOpcodes.InvalidSession, d: false, s: null, t: null });
				break;
		}
	}

	#onIdentify(socket: WebSocket, identify: GatewayIdentifyData): void {
		if (this.#session?.socket === socket) {
			this.#reject(socket, GatewayCloseCodes.AlreadyAuthenticated, 'Already identified');
			return;
		}
		if (identify.token !== this.#options.token) {
			this.#reject(socket, GatewayCloseCodes.AuthenticationFailed, 'IDENTIFY token is not the server token');
			return;
		}
		if (identify.compress) {
			this.#reject(socket, GatewayCloseCodes.DecodeError, 'Payload compression is not supported');
			return;
		}
		const session: Session = { socket, identify, sequence: 0 };
		this.#session = session;
		const { world, url } = this.#options;
		this.dispatch(
			GatewayDispatchEvents.Ready,
			readyPayload(world, { sessionId: snowflake(), resumeGatewayUrl: url, shard: identify.shard ?? [0, 1] }),
		);
		for (const guild of world.guilds) {
			this.dispatch(GatewayDispatchEvents.GuildCreate, guildCreatePayload(world, guild));
		}
		this.#ready.offer(identify);
	}

	/** Closes a misbehaving connection and fails `waitForReady` with the reason, rather than letting it time out. */
	#reject(socket: WebSocket, code: GatewayCloseCodes, reason: string): void {
		this.#ready.rejectAll(new Error(`Gateway closed the connection with ${code}: ${reason}`));
		socket.close(code, reason);
	}
}

/** @discordjs/ws asks for zlib-stream only when the optional `zlib-sync` package is installed. */
function unsupportedConnection(query: URLSearchParams): { code: GatewayCloseCodes; reason: string } | undefined {
	if (query.get('v') !== '10') {
		return { code: GatewayCloseCodes.InvalidAPIVersion, reason: `Unsupported version ${query.get('v')}` };
	}
	if (query.get('encoding') !== 'json') {
		return { code: GatewayCloseCodes.DecodeError, reason: 'Only encoding=json is supported' };
	}
	if (query.has('compress')) {
		return { code: GatewayCloseCodes.DecodeError, reason: 'Transport compression is not supported' };
	}
	return undefined;
}

function send(socket: WebSocket, payload: GatewayReceivePayload): void {
	socket.send(JSON.stringify(payload));
}

function rawToString(raw: RawData): string {
	if (Array.isArray(raw)) return Buffer.concat(raw).toString('utf8');
	return (raw instanceof ArrayBuffer ? Buffer.from(raw) : raw).toString('utf8');
}
