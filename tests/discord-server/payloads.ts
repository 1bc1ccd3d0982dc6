/**
 * Builders for the payloads a test pushes through the gateway. Every builder
 * mints fresh snowflakes and tokens, and defaults to the ids of `defaultWorld()`
 * so that the result refers to a guild, channel and application the client has
 * cached from GUILD_CREATE.
 */
import {
	ApplicationCommandOptionType,
	ApplicationCommandType,
	ApplicationIntegrationType,
	ButtonStyle,
	ChannelType,
	ComponentType,
	InteractionContextType,
	InteractionType,
	Locale,
	MessageType,
} from 'discord.js';
import type {
	APIActionRowComponent,
	APIApplicationCommandAutocompleteGuildInteraction,
	APIApplicationCommandInteractionDataBasicOption,
	APIApplicationCommandInteractionDataOption,
	APIApplicationCommandInteractionDataSubcommandOption,
	APIChatInputApplicationCommandGuildInteraction,
	APIComponentInMessageActionRow,
	APIInteractionGuildMember,
	APIMessage,
	APIMessageComponentButtonInteraction,
	APIMessageComponentSelectMenuInteraction,
	APIModalInteractionResponseCallbackData,
	APIModalSubmitGuildInteraction,
	APITextChannel,
	APIUser,
	GatewayMessageCreateDispatchData,
	GuildMemberFlags,
	MessageFlags,
} from 'discord.js';
import { interactionToken, snowflake } from './ids.js';
import { DEFAULT_IDS, EVERYONE_PERMISSIONS, TEST_USER, botUser } from './world.js';

/** Where an interaction happens and who triggers it; every field defaults to the default world. */
export interface InteractionContext {
	user?: APIUser;
	guildId?: string;
	channelId?: string;
	applicationId?: string;
	locale?: Locale;
	/** The member's roles and permission bits; by default no roles and what @everyone has. */
	member?: { roles?: string[]; permissions?: bigint };
}

/**
 * Plain values are typed the way Discord types them: strings, booleans,
 * integers, and non-integers as NUMBER. Pass raw option objects when a command
 * declares a NUMBER option that receives a whole value.
 */
export type CommandOptions =
	| Record<string, string | number | boolean>
	| APIApplicationCommandInteractionDataBasicOption<InteractionType.ApplicationCommand>[];

export interface ChatInputOptions extends InteractionContext {
	name: string;
	subcommandGroup?: string;
	subcommand?: string;
	options?: CommandOptions;
	/** Channel options, by name: sent as the channel's id, with the channel in `resolved` as Discord does. */
	channels?: Record<string, APITextChannel>;
}

export interface AutocompleteOptions extends Omit<ChatInputOptions, 'options'> {
	/** The option the user is typing into; Discord always sends its value as a string. */
	focused: { name: string; value: string };
	/** Options already filled in besides the focused one. */
	options?: Record<string, string | number | boolean>;
}

export interface ComponentOptions extends InteractionContext {
	customId: string;
	/** The message carrying the component; defaults to a bot message holding just that component. */
	message?: APIMessage;
}

export interface StringSelectOptions extends ComponentOptions {
	values: string[];
}

export interface GuildMessageOptions {
	content: string;
	author?: APIUser;
	guildId?: string;
	channelId?: string;
	/** Defaults to the known users (bot, author, test user) whose `<@id>` appears in `content`. */
	mentions?: APIUser[];
	applicationId?: string;
}

/** Guild interaction fields that discord.js reads unconditionally when constructing any interaction. */
function guildInteractionBase(context: InteractionContext) {
	const user = context.user ?? TEST_USER;
	const guildId = context.guildId ?? DEFAULT_IDS.guildId;
	const channelId = context.channelId ?? DEFAULT_IDS.generalChannelId;
	const member: APIInteractionGuildMember = {
		user,
		nick: null,
		roles: context.member?.roles ?? [],
		joined_at: new Date().toISOString(),
		deaf: false,
		mute: false,
		flags: 0 as GuildMemberFlags,
		permissions: context.member?.permissions?.toString() ?? EVERYONE_PERMISSIONS,
	};
	return {
		id: snowflake(),
		application_id: context.applicationId ?? DEFAULT_IDS.applicationId,
		token: interactionToken(),
		version: 1 as const,
		guild_id: guildId,
		guild: { id: guildId, locale: Locale.EnglishUS, features: [] },
		channel_id: channelId,
		channel: { id: channelId, type: ChannelType.GuildText as const, guild_id: guildId },
		member,
		app_permissions: EVERYONE_PERMISSIONS,
		locale: context.locale ?? Locale.EnglishUS,
		guild_locale: Locale.EnglishUS,
		entitlements: [],
		authorizing_integration_owners: { [ApplicationIntegrationType.GuildInstall]: guildId },
		context: InteractionContextType.Guild,
		attachment_size_limit: 10 * 1024 * 1024,
	};
}

type LeafOption<Type extends InteractionType> = APIApplicationCommandInteractionDataBasicOption<Type>;

function commandOptions(options: CommandOptions = {}): LeafOption<InteractionType.ApplicationCommand>[] {
	if (Array.isArray(options)) return options;
	return Object.entries(options).map(([name, value]) => {
		if (typeof value === 'string') return { name, type: ApplicationCommandOptionType.String, value };
		if (typeof value === 'boolean') return { name, type: ApplicationCommandOptionType.Boolean, value };
		return { name, type: numericOptionType(value), value };
	});
}

/** Autocomplete carries numeric values as the raw text typed so far, hence strings. */
function autocompleteOptions(
	options: Record<string, string | number | boolean> = {},
): LeafOption<InteractionType.ApplicationCommandAutocomplete>[] {
	return Object.entries(options).map(([name, value]) => {
		if (typeof value === 'string') return { name, type: ApplicationCommandOptionType.String, value };
		if (typeof value === 'boolean') return { name, type: ApplicationCommandOptionType.Boolean, value };
		return { name, type: numericOptionType(value), value: String(value) };
	});
}

function numericOptionType(value: number) {
	return Number.isInteger(value) ? ApplicationCommandOptionType.Integer : ApplicationCommandOptionType.Number;
}

/** Wraps leaf options in the subcommand (group) layers Discord nests them in. */
function nestUnder<Type extends InteractionType>(
	leaves: LeafOption<Type>[],
	spec: { subcommand?: string | undefined; subcommandGroup?: string | undefined },
): APIApplicationCommandInteractionDataOption<Type>[] {
	if (!spec.subcommand) return leaves;
	const subcommand: APIApplicationCommandInteractionDataSubcommandOption<Type> = {
		name: spec.subcommand,
		type: ApplicationCommandOptionType.Subcommand,
		options: leaves,
	};
	if (!spec.subcommandGroup) return [subcommand];
	return [{ name: spec.subcommandGroup, type: ApplicationCommandOptionType.SubcommandGroup, options: [subcommand] }];
}

export function chatInputInteraction(spec: ChatInputOptions): APIChatInputApplicationCommandGuildInteraction {
	const channels = Object.entries(spec.channels ?? {});
	const channelOptions = channels.map(([name, channel]) => ({ name, type: ApplicationCommandOptionType.Channel as const, value: channel.id }));
	return {
		...guildInteractionBase(spec),
		type: InteractionType.ApplicationCommand,
		data: {
			id: snowflake(),
			name: spec.name,
			type: ApplicationCommandType.ChatInput,
			options: nestUnder([...commandOptions(spec.options), ...channelOptions], spec),
			...(channels.length > 0
				? {
						resolved: {
							channels: Object.fromEntries(
								channels.map(([, channel]) => [
									channel.id,
									{ id: channel.id, name: channel.name, type: channel.type, permissions: EVERYONE_PERMISSIONS, thread_metadata: undefined, parent_id: channel.parent_id },
								]),
							),
						},
					}
				: {}),
		},
	};
}

export function autocompleteInteraction(spec: AutocompleteOptions): APIApplicationCommandAutocompleteGuildInteraction {
	const focused = {
		name: spec.focused.name,
		type: ApplicationCommandOptionType.String as const,
		value: spec.focused.value,
		focused: true,
	};
	return {
		...guildInteractionBase(spec),
		type: InteractionType.ApplicationCommandAutocomplete,
		data: {
			id: snowflake(),
			name: spec.name,
			type: ApplicationCommandType.ChatInput,
			options: nestUnder([...autocompleteOptions(spec.options), focused], spec),
		},
	};
}

export function buttonInteraction(spec: ComponentOptions): APIMessageComponentButtonInteraction {
	const base = guildInteractionBase(spec);
	const button = {
		type: ComponentType.Button as const,
		style: ButtonStyle.Secondary as const,
		custom_id: spec.customId,
		label: spec.customId,
	};
	return {
		...base,
		type: InteractionType.MessageComponent,
		data: { custom_id: spec.customId, component_type: ComponentType.Button },
		message: spec.message ?? componentMessage(base.channel_id, base.application_id, button),
	};
}

export function stringSelectInteraction(spec: StringSelectOptions): APIMessageComponentSelectMenuInteraction {
	const base = guildInteractionBase(spec);
	const menu = {
		type: ComponentType.StringSelect as const,
		custom_id: spec.customId,
		options: spec.values.map((value) => ({ label: value, value })),
		max_values: Math.max(1, spec.values.length),
	};
	return {
		...base,
		type: InteractionType.MessageComponent,
		data: { custom_id: spec.customId, component_type: ComponentType.StringSelect, values: spec.values },
		message: spec.message ?? componentMessage(base.channel_id, base.application_id, menu),
	};
}

export interface ModalSubmitOptions extends InteractionContext {
	customId: string;
	/** What the member left in each text input, by the input's custom id, in the modal's order. */
	values: Record<string, string>;
}

/** A member submitting a modal of labelled text inputs, as Discord sends it (MODAL_SUBMIT). */
export function modalSubmitInteraction(spec: ModalSubmitOptions): APIModalSubmitGuildInteraction {
	return {
		...guildInteractionBase(spec),
		type: InteractionType.ModalSubmit,
		data: {
			custom_id: spec.customId,
			components: Object.entries(spec.values).map(([customId, value], index) => ({
				type: ComponentType.Label,
				id: index * 2 + 1,
				component: { type: ComponentType.TextInput, id: index * 2 + 2, custom_id: customId, value },
			})),
		},
	};
}

/**
 * Submits a modal the bot opened, as a member would: every input keeps what the bot prefilled
 * unless `changes` says otherwise (by the input's custom id).
 */
export function submitModal(
	modal: APIModalInteractionResponseCallbackData,
	changes: Record<string, string> = {},
	context: InteractionContext = {},
): APIModalSubmitGuildInteraction {
	const values: Record<string, string> = {};
	for (const component of modal.components) {
		if (component.type !== ComponentType.Label || component.component.type !== ComponentType.TextInput) continue;
		const input = component.component;
		values[input.custom_id] = changes[input.custom_id] ?? input.value ?? '';
	}
	const unknown = Object.keys(changes).filter((id) => !(id in values));
	if (unknown.length > 0) throw new Error(`The modal has no text input ${unknown.join(', ')}`);
	return modalSubmitInteraction({ ...context, customId: modal.custom_id, values });
}

/** `<@id>`, the mention syntax Discord clients put in message content. */
export function mention(userId: string): string {
	return `<@${userId}>`;
}

export function guildMessage(spec: GuildMessageOptions): GatewayMessageCreateDispatchData {
	const author = spec.author ?? TEST_USER;
	const knownUsers = new Map(
		[botUser(spec.applicationId ?? DEFAULT_IDS.applicationId), author, TEST_USER].map((user) => [user.id, user]),
	);
	const mentions =
		spec.mentions ?? [...knownUsers.values()].filter(({ id }) => new RegExp(`<@!?${id}>`).test(spec.content));
	return {
		...message({ channelId: spec.channelId ?? DEFAULT_IDS.generalChannelId, author, content: spec.content }),
		guild_id: spec.guildId ?? DEFAULT_IDS.guildId,
		member: {
			roles: [],
			joined_at: new Date().toISOString(),
			deaf: false,
			mute: false,
			flags: 0 as GuildMemberFlags,
		},
		mentions,
	};
}

/** The fields every message object carries, with the optional ones left to callers. */
export function message(spec: { channelId: string; author: APIUser; content?: string }): APIMessage {
	return {
		id: snowflake(),
		channel_id: spec.channelId,
		author: spec.author,
		content: spec.content ?? '',
		timestamp: new Date().toISOString(),
		edited_timestamp: null,
		tts: false,
		mention_everyone: false,
		mentions: [],
		mention_roles: [],
		attachments: [],
		embeds: [],
		components: [],
		pinned: false,
		type: MessageType.Default,
		flags: 0 as MessageFlags,
	};
}

function componentMessage(
	channelId: string,
	applicationId: string,
	component: APIComponentInMessageActionRow,
): APIMessage {
	const row: APIActionRowComponent<APIComponentInMessageActionRow> = {
		type: ComponentType.ActionRow,
		components: [component],
	};
	return {
		...message({ channelId, author: botUser(applicationId), content: 'Pick one:' }),
		application_id: applicationId,
		components: [row],
	};
}
