/**
 * The subset of Discord's REST API a bot exercises, modelled closely enough
 * that mistakes Discord would reject (double acknowledgements, editing a reply
 * that does not exist, over-long content, replying to an unknown message) fail
 * here too, with Discord's error codes.
 */
import {
	ApplicationCommandType,
	ComponentType,
	InteractionResponseType,
	InteractionType,
	MessageFlags,
	MessageReferenceType,
	MessageType,
	PermissionFlagsBits,
} from 'discord.js';
import type {
	APIApplicationCommand,
	APIAttachment,
	APIEmbed,
	APIInteraction,
	APIMessage,
	APIMessageInteractionMetadata,
	APIModalInteractionResponseCallbackData,
	APIUser,
	GatewayMessageCreateDispatchData,
	RESTPostAPIChannelMessageJSONBody,
	RESTPostAPIInteractionCallbackJSONBody,
	RESTPostAPIInteractionCallbackWithResponseResult,
	RESTPutAPIApplicationCommandsJSONBody,
} from 'discord.js';
import { snowflake } from './ids.js';
import { message } from './payloads.js';
import type { RecordedFile } from './request-log.js';
import { apiError, invalidFormBody } from './rest.js';
import type { ApiResponse, IncomingRequest, Route } from './rest.js';
import { botPermissionsIn, channelById } from './world.js';
import type { DiscordWorld } from './world.js';

const MAX_CONTENT_LENGTH = 2000;
/** Discord's limits on a modal and its text inputs. */
const MODAL_LIMITS = { title: 45, components: 5, customId: 100, label: 45, description: 100, placeholder: 100, value: 4000 } as const;
const WEBHOOK_MESSAGE = '/webhooks/:appId/:token/messages/:messageId';
const GUILD_COMMANDS = '/applications/:appId/guilds/:guildId/commands';

/** The message fields a bot can set on create and edit, across channel messages, webhooks and callbacks. */
type MessageBody = Pick<
	RESTPostAPIChannelMessageJSONBody,
	'content' | 'embeds' | 'components' | 'flags' | 'tts' | 'message_reference' | 'sticker_ids' | 'poll'
>;

interface TrackedInteraction {
	payload: APIInteraction;
	acknowledged: boolean;
	/** The modal the interaction was answered with, which the member can then submit. */
	modal?: APIModalInteractionResponseCallbackData;
	originalMessageId?: string;
	/** Messages the interaction's webhook token may read, edit and delete. */
	messageIds: Set<string>;
}

export interface DiscordApiOptions {
	world: DiscordWorld;
	/** `http://127.0.0.1:PORT`; the gateway and attachment URLs hang off it so nothing points off-host. */
	origin: string;
	/** Called for every message the bot makes visible in a channel, so the gateway can echo it like Discord does. */
	onMessageCreated: (message: GatewayMessageCreateDispatchData) => void;
}

export class DiscordApi {
	readonly routes: Route[];
	readonly #world: DiscordWorld;
	readonly #origin: string;
	readonly #onMessageCreated: DiscordApiOptions['onMessageCreated'];
	/** The message created for each `channel:nonce` sent with `enforce_nonce`, as Discord remembers them for a while. */
	readonly #byNonce = new Map<string, APIMessage>();
	readonly #interactions = new Map<string, TrackedInteraction>();
	readonly #interactionsByToken = new Map<string, TrackedInteraction>();
	readonly #messages = new Map<string, APIMessage>();
	/** Keyed by guild id, or by `global`. */
	readonly #commands = new Map<string, APIApplicationCommand[]>();

	constructor(options: DiscordApiOptions) {
		this.#world = options.world;
		this.#origin = options.origin;
		this.#onMessageCreated = options.onMessageCreated;
		this.routes = [
			route('GET', '/gateway', 'none', () => ok({ url: this.gatewayUrl })),
			route('GET', '/gateway/bot', 'bot', () => ok(this.#gatewayBot())),
			route('GET', '/users/@me', 'bot', () => ok(this.#world.botUser)),
			route('POST', '/interactions/:id/:token/callback', 'none', (p, r) => this.#callback(p, r)),
			route('POST', '/webhooks/:appId/:token', 'none', (p, r) => this.#followUp(p, r)),
			route('GET', WEBHOOK_MESSAGE, 'none', (p) => this.#getWebhookMessage(p)),
			route('PATCH', WEBHOOK_MESSAGE, 'none', (p, r) => this.#editWebhookMessage(p, r)),
			route('DELETE', WEBHOOK_MESSAGE, 'none', (p) => this.#deleteWebhookMessage(p)),
			route('POST', '/channels/:channelId/messages', 'bot', (p, r) => this.#createChannelMessage(p, r)),
			route('POST', '/channels/:channelId/typing', 'bot', (p) => this.#typing(p)),
			route('GET', '/applications/:appId/commands', 'bot', (p) => this.#getCommands(p)),
			route('PUT', '/applications/:appId/commands', 'bot', (p, r) => this.#putCommands(p, r)),
			route('GET', GUILD_COMMANDS, 'bot', (p) => this.#getCommands(p)),
			route('PUT', GUILD_COMMANDS, 'bot', (p, r) => this.#putCommands(p, r)),
		];
	}

	get gatewayUrl(): string {
		return `${this.#origin.replace(/^http/, 'ws')}/gateway`;
	}

	/** The messages a channel holds now, oldest first. */
	messagesIn(channelId: string): APIMessage[] {
		return [...this.#messages.values()].filter((message) => message.channel_id === channelId);
	}

	/** Makes an interaction answerable; Discord only accepts callbacks for interactions it sent. */
	trackInteraction(payload: APIInteraction): void {
		const tracked: TrackedInteraction = { payload, acknowledged: false, messageIds: new Set() };
		this.#interactions.set(payload.id, tracked);
		this.#interactionsByToken.set(payload.token, tracked);
		if (payload.message) this.#messages.set(payload.message.id, payload.message);
	}

	/** Makes a dispatched message referenceable by replies. */
	trackMessage(dispatched: APIMessage): void {
		this.#messages.set(dispatched.id, dispatched);
	}

	#gatewayBot() {
		return {
			url: this.gatewayUrl,
			shards: 1,
			session_start_limit: { total: 1000, remaining: 1000, reset_after: 14_400_000, max_concurrency: 1 },
		};
	}

	#callback(params: Record<string, string>, request: IncomingRequest): ApiResponse {
		const tracked = this.#interactions.get(params.id ?? '');
		if (!tracked || tracked.payload.token !== params.token) return apiError(404, 10062, 'Unknown interaction');
		if (tracked.acknowledged) return apiError(400, 40060, 'Interaction has already been acknowledged.');

		const callback = request.body as RESTPostAPIInteractionCallbackJSONBody;
		const { payload } = tracked;
		const channelId = payload.channel?.id ?? '';
		let responseMessage: APIMessage | undefined;
		switch (callback.type) {
			case InteractionResponseType.ChannelMessageWithSource: {
				const data = (callback.data ?? {}) as MessageBody;
				const invalid = validateMessage(data, 'data.', true, request.files);
				if (invalid) return invalid;
				const fields = interactionMessageFields(tracked);
				responseMessage = this.#createMessage(channelId, data, request.files, fields);
				break;
			}
			case InteractionResponseType.DeferredChannelMessageWithSource: {
				const flags = ((callback.data as MessageBody | undefined)?.flags ?? 0) | MessageFlags.Loading;
				responseMessage = this.#createMessage(channelId, { flags }, [], interactionMessageFields(tracked));
				break;
			}
			case InteractionResponseType.Modal: {
				// A modal answers a command or a component; never a modal's own submission or autocomplete.
				if (payload.type === InteractionType.ModalSubmit || payload.type === InteractionType.ApplicationCommandAutocomplete) {
					return invalidFormBody('type', 'INTERACTION_RESPONSE_TYPE_INVALID', 'This interaction cannot be answered with a modal');
				}
				const modal = callback.data as APIModalInteractionResponseCallbackData;
				const invalid = validateModal(modal);
				if (invalid) return invalid;
				tracked.modal = modal;
				break;
			}
			case InteractionResponseType.DeferredMessageUpdate:
			case InteractionResponseType.UpdateMessage: {
				if (!payload.message) return apiError(400, 40004, 'Interaction has no message to update');
				responseMessage = this.#messages.get(payload.message.id) ?? payload.message;
				if (callback.type === InteractionResponseType.UpdateMessage) {
					const data = (callback.data ?? {}) as MessageBody;
					const invalid = validateMessage(data, 'data.', false, request.files);
					if (invalid) return invalid;
					responseMessage = this.#editMessage(responseMessage, data, request.files);
				}
				break;
			}
		}
		tracked.acknowledged = true;
		if (responseMessage) {
			tracked.originalMessageId = responseMessage.id;
			tracked.messageIds.add(responseMessage.id);
		}
		if (request.query.with_response !== 'true') return { status: 204 };
		return ok(callbackResponse(payload, callback.type, responseMessage));
	}

	#followUp(params: Record<string, string>, request: IncomingRequest): ApiResponse {
		const tracked = this.#webhookInteraction(params);
		if (!tracked) return apiError(404, 10015, 'Unknown Webhook');
		const body = request.body as MessageBody;
		const invalid = validateMessage(body, '', true, request.files);
		if (invalid) return invalid;
		const channelId = tracked.payload.channel?.id ?? '';
		const created = this.#createMessage(channelId, body, request.files, interactionMessageFields(tracked));
		tracked.messageIds.add(created.id);
		return request.query.wait === 'true' ? ok(created) : { status: 204 };
	}

	#getWebhookMessage(params: Record<string, string>): ApiResponse {
		const found = this.#webhookMessage(params);
		return 'status' in found ? found : ok(found.message);
	}

	#editWebhookMessage(params: Record<string, string>, request: IncomingRequest): ApiResponse {
		const found = this.#webhookMessage(params);
		if ('status' in found) return found;
		const body = request.body as MessageBody;
		const invalid = validateMessage(body, '', false, request.files);
		if (invalid) return invalid;
		return ok(this.#editMessage(found.message, body, request.files));
	}

	#deleteWebhookMessage(params: Record<string, string>): ApiResponse {
		const found = this.#webhookMessage(params);
		if ('status' in found) return found;
		this.#messages.delete(found.message.id);
		found.tracked.messageIds.delete(found.message.id);
		return { status: 204 };
	}

	#createChannelMessage(params: Record<string, string>, request: IncomingRequest): ApiResponse {
		const channelId = params.channelId ?? '';
		const found = channelById(this.#world, channelId);
		if (!found) return apiError(404, 10003, 'Unknown Channel');
		const permissions = botPermissionsIn(this.#world, found.guild, found.channel);
		if ((permissions & PermissionFlagsBits.ViewChannel) === 0n) return apiError(403, 50001, 'Missing Access');
		if ((permissions & PermissionFlagsBits.SendMessages) === 0n) return apiError(403, 50013, 'Missing Permissions');
		const body = request.body as MessageBody & { nonce?: string; enforce_nonce?: boolean };
		const invalid = validateMessage(body, '', true, request.files);
		if (invalid) return invalid;
		// Discord matches an enforced nonce against the same author's recent messages, in any channel.
		const nonceKey = body.enforce_nonce && body.nonce !== undefined ? body.nonce : undefined;
		const sent = nonceKey === undefined ? undefined : this.#byNonce.get(nonceKey);
		if (sent) return ok(sent);

		const reference = body.message_reference;
		if (!reference) {
			const created = this.#createMessage(channelId, body, request.files, {});
			if (nonceKey !== undefined) this.#byNonce.set(nonceKey, created);
			return ok(created);
		}
		const referenced = this.#messages.get(reference.message_id ?? '');
		if (!referenced && reference.fail_if_not_exists !== false) {
			return invalidFormBody('message_reference', 'MESSAGE_REFERENCE_UNKNOWN_MESSAGE', 'Unknown message');
		}
		return ok(
			this.#createMessage(channelId, body, request.files, {
				type: MessageType.Reply,
				message_reference: {
					type: MessageReferenceType.Default,
					message_id: reference.message_id,
					channel_id: channelId,
					guild_id: found.guild.id,
				},
				referenced_message: referenced ?? null,
			}),
		);
	}

	#typing(params: Record<string, string>): ApiResponse {
		if (!channelById(this.#world, params.channelId ?? '')) return apiError(404, 10003, 'Unknown Channel');
		return { status: 204 };
	}

	#getCommands(params: Record<string, string>): ApiResponse {
		const denied = this.#commandScopeError(params);
		return denied ?? ok(this.#commands.get(params.guildId ?? 'global') ?? []);
	}

	#putCommands(params: Record<string, string>, request: IncomingRequest): ApiResponse {
		const denied = this.#commandScopeError(params);
		if (denied) return denied;
		const scope = params.guildId ?? 'global';
		const previous = this.#commands.get(scope) ?? [];
		const commands = (request.body as RESTPutAPIApplicationCommandsJSONBody).map((command) => {
			const type = command.type ?? ApplicationCommandType.ChatInput;
			// Discord keeps a command's id across overwrites as long as its name and type stay the same.
			const kept = previous.find((p) => p.name === command.name && p.type === type);
			return {
				...command,
				id: kept?.id ?? snowflake(),
				application_id: this.#world.applicationId,
				...(params.guildId ? { guild_id: params.guildId } : {}),
				version: snowflake(),
				type,
				description: 'description' in command ? command.description : '',
				default_member_permissions: command.default_member_permissions ?? null,
				nsfw: command.nsfw ?? false,
			} as APIApplicationCommand;
		});
		this.#commands.set(scope, commands);
		return ok(commands);
	}

	#commandScopeError(params: Record<string, string>): ApiResponse | undefined {
		const knownGuild = params.guildId === undefined || this.#world.guilds.some(({ id }) => id === params.guildId);
		if (params.appId === this.#world.applicationId && knownGuild) return undefined;
		return apiError(403, 50001, 'Missing Access');
	}

	/** Interaction webhooks only exist for acknowledged interactions of this application. */
	#webhookInteraction(params: Record<string, string>): TrackedInteraction | undefined {
		const tracked = this.#interactionsByToken.get(params.token ?? '');
		return tracked?.acknowledged && params.appId === tracked.payload.application_id ? tracked : undefined;
	}

	#webhookMessage(
		params: Record<string, string>,
	): { tracked: TrackedInteraction; message: APIMessage } | ApiResponse {
		const tracked = this.#webhookInteraction(params);
		if (!tracked) return apiError(404, 10015, 'Unknown Webhook');
		const id = params.messageId === '@original' ? tracked.originalMessageId : params.messageId;
		const found = id !== undefined && tracked.messageIds.has(id) ? this.#messages.get(id) : undefined;
		return found ? { tracked, message: found } : apiError(404, 10008, 'Unknown Message');
	}

	#createMessage(
		channelId: string,
		body: MessageBody,
		files: RecordedFile[],
		fields: Partial<APIMessage>,
	): APIMessage {
		const attachments = files.map((file) => this.#attachment(channelId, file));
		const created: APIMessage = {
			...message({ channelId, author: this.#world.botUser, content: body.content ?? '' }),
			embeds: withAttachmentUrls(body.embeds ?? [], attachments),
			components: (body.components ?? []) as APIMessage['components'],
			flags: (body.flags ?? 0) as MessageFlags,
			tts: body.tts ?? false,
			attachments,
			...fields,
		};
		this.#messages.set(created.id, created);
		const flags = created.flags ?? 0;
		if ((flags & MessageFlags.Ephemeral) === 0) {
			this.#onMessageCreated({ ...created, guild_id: channelById(this.#world, channelId)?.guild.id });
		}
		return created;
	}

	#editMessage(existing: APIMessage, body: MessageBody, files: RecordedFile[]): APIMessage {
		const attachments = files.length > 0 ? files.map((file) => this.#attachment(existing.channel_id, file)) : existing.attachments;
		const edited: APIMessage = {
			...existing,
			...(body.content !== undefined ? { content: body.content ?? '' } : {}),
			...(body.embeds !== undefined ? { embeds: withAttachmentUrls(body.embeds ?? [], attachments) } : {}),
			...(body.components !== undefined
				? { components: (body.components ?? []) as APIMessage['components'] }
				: {}),
			attachments,
			// Editing a deferred reply is what replaces its "thinking…" state.
			flags: (existing.flags ?? 0) & ~MessageFlags.Loading,
			edited_timestamp: new Date().toISOString(),
		};
		this.#messages.set(edited.id, edited);
		return edited;
	}

	#attachment(channelId: string, file: RecordedFile): APIAttachment {
		const id = snowflake();
		const url = `${this.#origin}/attachments/${channelId}/${id}/${encodeURIComponent(file.name)}`;
		return { id, filename: file.name, content_type: file.contentType, size: file.data.length, url, proxy_url: url };
	}
}

function route(method: string, pattern: string, auth: Route['auth'], handle: Route['handle']): Route {
	return { method, pattern, auth, handle };
}

function ok(body: unknown): ApiResponse {
	return { status: 200, body };
}

/** Discord's own limits that a bot can realistically trip over. */
function validateMessage(
	body: MessageBody,
	fieldPrefix: string,
	creating: boolean,
	files: RecordedFile[],
): ApiResponse | undefined {
	if (typeof body.content === 'string' && body.content.length > MAX_CONTENT_LENGTH) {
		const message = `Must be ${MAX_CONTENT_LENGTH} or fewer in length.`;
		return invalidFormBody(`${fieldPrefix}content`, 'BASE_TYPE_MAX_LENGTH', message);
	}
	const empty =
		!body.content &&
		!body.embeds?.length &&
		!body.components?.length &&
		!body.sticker_ids?.length &&
		!body.poll &&
		files.length === 0;
	return creating && empty ? apiError(400, 50006, 'Cannot send an empty message') : undefined;
}

/** A modal as Discord checks it: title, 1–5 labelled text inputs, and every length limit. */
function validateModal(modal: APIModalInteractionResponseCallbackData): ApiResponse | undefined {
	const tooLong = (field: string, value: string | undefined, max: number) =>
		value !== undefined && value.length > max ? invalidFormBody(`data.${field}`, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`) : undefined;
	if (!modal.custom_id) return invalidFormBody('data.custom_id', 'BASE_TYPE_REQUIRED', 'This field is required');
	if (!modal.title) return invalidFormBody('data.title', 'BASE_TYPE_REQUIRED', 'This field is required');
	const invalid = tooLong('custom_id', modal.custom_id, MODAL_LIMITS.customId) ?? tooLong('title', modal.title, MODAL_LIMITS.title);
	if (invalid) return invalid;
	const components = modal.components ?? [];
	if (components.length < 1 || components.length > MODAL_LIMITS.components) {
		return invalidFormBody('data.components', 'BASE_TYPE_BAD_LENGTH', `Must be between 1 and ${MODAL_LIMITS.components} in length.`);
	}
	for (const [index, component] of components.entries()) {
		const at = `components.${index}`;
		if (component.type !== ComponentType.Label) return invalidFormBody(`data.${at}.type`, 'UNION_TYPE_CHOICES', 'Only labelled components are modelled here');
		const input = component.component;
		if (input.type !== ComponentType.TextInput) return invalidFormBody(`data.${at}.component.type`, 'UNION_TYPE_CHOICES', 'Only text inputs are modelled here');
		if ('label' in input) return invalidFormBody(`data.${at}.component.label`, 'COMPONENT_FIELD_NOT_ALLOWED', 'A text input in a label has no label of its own');
		const maxLength = input.max_length ?? MODAL_LIMITS.value;
		const problem =
			tooLong(`${at}.label`, component.label, MODAL_LIMITS.label) ??
			tooLong(`${at}.description`, component.description, MODAL_LIMITS.description) ??
			tooLong(`${at}.component.custom_id`, input.custom_id, MODAL_LIMITS.customId) ??
			tooLong(`${at}.component.placeholder`, input.placeholder, MODAL_LIMITS.placeholder) ??
			(maxLength > MODAL_LIMITS.value ? invalidFormBody(`data.${at}.component.max_length`, 'NUMBER_TYPE_MAX', `int value should be less than or equal to ${MODAL_LIMITS.value}.`) : undefined) ??
			tooLong(`${at}.component.value`, input.value, maxLength);
		if (problem) return problem;
	}
	return undefined;
}

/** Discord points an embed's `attachment://name` at the file uploaded with the message. */
function withAttachmentUrls(embeds: APIEmbed[], attachments: APIAttachment[]): APIEmbed[] {
	const resolve = <T extends { url: string }>(media: T | undefined): T | undefined => {
		const name = media?.url.startsWith('attachment://') ? media.url.slice('attachment://'.length) : undefined;
		const file = name === undefined ? undefined : attachments.find(({ filename }) => filename === name);
		return media && file ? { ...media, url: file.url, proxy_url: file.proxy_url } : media;
	};
	return embeds.map((embed) => {
		const image = resolve(embed.image);
		const thumbnail = resolve(embed.thumbnail);
		return { ...embed, ...(image ? { image } : {}), ...(thumbnail ? { thumbnail } : {}) };
	});
}

function interactionUser(payload: APIInteraction): APIUser {
	const user = payload.member?.user ?? payload.user;
	if (!user) throw new Error(`Interaction ${payload.id} has neither member.user nor user`);
	return user;
}

/** Fields Discord adds to messages an interaction's response or follow-ups create. */
function interactionMessageFields({ payload }: TrackedInteraction): Partial<APIMessage> {
	const base = {
		id: payload.id,
		user: interactionUser(payload),
		authorizing_integration_owners: payload.authorizing_integration_owners,
	};
	let metadata: APIMessageInteractionMetadata | undefined;
	if (payload.type === InteractionType.ApplicationCommand) metadata = { ...base, type: payload.type };
	if (payload.type === InteractionType.MessageComponent) {
		metadata = { ...base, type: payload.type, interacted_message_id: payload.message.id };
	}
	return {
		type: payload.type === InteractionType.ApplicationCommand ? MessageType.ChatInputCommand : MessageType.Default,
		webhook_id: payload.application_id,
		application_id: payload.application_id,
		...(metadata ? { interaction_metadata: metadata } : {}),
	};
}

function callbackResponse(
	payload: APIInteraction,
	type: InteractionResponseType,
	responseMessage: APIMessage | undefined,
): RESTPostAPIInteractionCallbackWithResponseResult {
	const flags = responseMessage?.flags ?? 0;
	return {
		interaction: {
			id: payload.id,
			type: payload.type,
			...(responseMessage
				? {
						response_message_id: responseMessage.id,
						response_message_loading: (flags & MessageFlags.Loading) !== 0,
						response_message_ephemeral: (flags & MessageFlags.Ephemeral) !== 0,
					}
				: {}),
		},
		resource: responseMessage ? { type, message: responseMessage } : { type },
	};
}
