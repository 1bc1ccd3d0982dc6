import {
	ChannelType,
	GuildDefaultMessageNotifications,
	GuildExplicitContentFilter,
	GuildMFALevel,
	GuildNSFWLevel,
	GuildPremiumTier,
	GuildSystemChannelFlags,
	GuildVerificationLevel,
	Locale,
	PermissionFlagsBits,
} from 'discord.js';
import type {
	APIGuildMember,
	APIRole,
	APITextChannel,
	APIUser,
	ApplicationFlags,
	GatewayGuildCreateDispatchData,
	GatewayReadyDispatchData,
	GuildMemberFlags,
	RoleFlags,
} from 'discord.js';

/**
 * Fixed ids for the default world so payload builders and the server agree
 * without threading a handle through every test. Modern Discord applications
 * share their id with their bot user, and the @everyone role shares the guild id.
 */
export const DEFAULT_IDS = {
	applicationId: '1100000000000000001',
	guildId: '1200000000000000001',
	generalChannelId: '1300000000000000001',
	faqChannelId: '1300000000000000002',
	userId: '1400000000000000001',
	moderatorRoleId: '1500000000000000001',
} as const;

export interface GuildFixture {
	id: string;
	name: string;
	channels: APITextChannel[];
	roles: APIRole[];
	/** Members besides the bot, which the server always adds itself. */
	members: APIGuildMember[];
}

export interface DiscordWorld {
	applicationId: string;
	botUser: APIUser;
	guilds: GuildFixture[];
}

/** Granted to everyone via @everyone, so also what the bot and members hold in interactions. */
export const EVERYONE_PERMISSIONS = (
	PermissionFlagsBits.ViewChannel |
	PermissionFlagsBits.SendMessages |
	PermissionFlagsBits.SendMessagesInThreads |
	PermissionFlagsBits.EmbedLinks |
	PermissionFlagsBits.AttachFiles |
	PermissionFlagsBits.AddReactions |
	PermissionFlagsBits.ReadMessageHistory |
	PermissionFlagsBits.UseApplicationCommands
).toString();

export const TEST_USER: APIUser = {
	id: DEFAULT_IDS.userId,
	username: 'alice',
	discriminator: '0',
	global_name: 'Alice',
	avatar: null,
};

export function botUser(applicationId: string = DEFAULT_IDS.applicationId): APIUser {
	return {
		id: applicationId,
		username: 'Cooldown',
		discriminator: '0',
		global_name: null,
		avatar: null,
		bot: true,
		verified: true,
		mfa_enabled: false,
	};
}

export function textChannel(guildId: string, name: string, id: string, position = 0): APITextChannel {
	return {
		id,
		type: ChannelType.GuildText,
		guild_id: guildId,
		name,
		position,
		permission_overwrites: [],
		parent_id: null,
		nsfw: false,
		topic: null,
		last_message_id: null,
		rate_limit_per_user: 0,
	};
}

export function everyoneRole(guildId: string): APIRole {
	return {
		id: guildId,
		name: '@everyone',
		color: 0,
		colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
		hoist: false,
		position: 0,
		permissions: EVERYONE_PERMISSIONS,
		managed: false,
		mentionable: false,
		// Discord sends 0 for "no flags", a value the flag enums of discord-api-types leave unnamed.
		flags: 0 as RoleFlags,
	};
}

/** A role with no permissions of its own beyond @everyone's. */
export function role(id: string, name: string, position: number): APIRole {
	return { ...everyoneRole(id), name, position, permissions: '0' };
}

export function guildMember(user: APIUser, joinedAt = new Date()): APIGuildMember {
	return {
		user,
		nick: null,
		roles: [],
		joined_at: joinedAt.toISOString(),
		deaf: false,
		mute: false,
		flags: 0 as GuildMemberFlags,
	};
}

export function defaultWorld(): DiscordWorld {
	const { applicationId, guildId, generalChannelId, faqChannelId } = DEFAULT_IDS;
	return {
		applicationId,
		botUser: botUser(applicationId),
		guilds: [
			{
				id: guildId,
				name: 'Cooldown Test Guild',
				channels: [
					textChannel(guildId, 'general', generalChannelId, 0),
					textChannel(guildId, 'faq', faqChannelId, 1),
				],
				roles: [everyoneRole(guildId), role(DEFAULT_IDS.moderatorRoleId, 'Moderators', 1)],
				members: [guildMember(TEST_USER)],
			},
		],
	};
}

/** The guild and channel an id names, if the channel exists. */
export function channelById(world: DiscordWorld, channelId: string): { guild: GuildFixture; channel: APITextChannel } | undefined {
	for (const guild of world.guilds) {
		const channel = guild.channels.find(({ id }) => id === channelId);
		if (channel) return { guild, channel };
	}
	return undefined;
}

/**
 * The bot's permissions in a channel, by Discord's rules for a member holding only @everyone:
 * the role's permissions, then the channel's @everyone overwrite, then one for the bot itself.
 */
export function botPermissionsIn(world: DiscordWorld, guild: GuildFixture, channel: APITextChannel): bigint {
	let permissions = BigInt(guild.roles.find(({ id }) => id === guild.id)?.permissions ?? '0');
	for (const targetId of [guild.id, world.botUser.id]) {
		const overwrite = channel.permission_overwrites?.find(({ id }) => id === targetId);
		if (overwrite) permissions = (permissions & ~BigInt(overwrite.deny)) | BigInt(overwrite.allow);
	}
	return permissions;
}

export function readyPayload(
	world: DiscordWorld,
	session: { sessionId: string; resumeGatewayUrl: string; shard: [number, number] },
): GatewayReadyDispatchData {
	return {
		v: 10,
		user: world.botUser,
		// Discord always announces guilds as unavailable in READY; discord.js then
		// waits for one GUILD_CREATE per id before emitting `clientReady`.
		guilds: world.guilds.map(({ id }) => ({ id, unavailable: true })),
		session_id: session.sessionId,
		resume_gateway_url: session.resumeGatewayUrl,
		shard: session.shard,
		application: { id: world.applicationId, flags: 0 as ApplicationFlags, flags_new: '0' },
	};
}

export function guildCreatePayload(world: DiscordWorld, guild: GuildFixture): GatewayGuildCreateDispatchData {
	const members = [guildMember(world.botUser), ...guild.members];
	return {
		id: guild.id,
		name: guild.name,
		icon: null,
		splash: null,
		discovery_splash: null,
		banner: null,
		description: null,
		owner_id: guild.members[0]?.user.id ?? world.botUser.id,
		afk_channel_id: null,
		afk_timeout: 300,
		verification_level: GuildVerificationLevel.None,
		default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
		explicit_content_filter: GuildExplicitContentFilter.Disabled,
		roles: guild.roles,
		emojis: [],
		stickers: [],
		features: [],
		mfa_level: GuildMFALevel.None,
		application_id: null,
		system_channel_id: null,
		system_channel_flags: GuildSystemChannelFlags.SuppressJoinNotifications,
		rules_channel_id: null,
		vanity_url_code: null,
		premium_tier: GuildPremiumTier.None,
		preferred_locale: Locale.EnglishUS,
		public_updates_channel_id: null,
		nsfw_level: GuildNSFWLevel.Default,
		premium_progress_bar_enabled: false,
		hub_type: null,
		safety_alerts_channel_id: null,
		incidents_data: null,
		joined_at: new Date().toISOString(),
		large: false,
		member_count: members.length,
		voice_states: [],
		members,
		channels: guild.channels,
		threads: [],
		presences: [],
		stage_instances: [],
		guild_scheduled_events: [],
		soundboard_sounds: [],
	};
}
