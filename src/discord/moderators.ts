import type { Interaction, RepliableInteraction } from 'discord.js';
import { isModerator } from '../moderation/moderator.js';
import { forInteraction, noticeBody } from './body.js';
import type { DiscordConfig } from './context.js';
import { NOTICES } from './notices.js';

/** Whether whoever acted is a moderator of the guild it happened in, by the shared rule. */
export function actsAsModerator(interaction: Interaction, { moderatorRoleIds }: Pick<DiscordConfig, 'moderatorRoleIds'>): boolean {
	if (!interaction.inGuild()) return false;
	const { member } = interaction;
	// discord.js hands over a GuildMember, or the raw payload when the guild is not cached.
	const roleIds = Array.isArray(member.roles) ? member.roles : [...member.roles.cache.keys()];
	return isModerator({ permissions: interaction.memberPermissions.bitfield, roleIds }, moderatorRoleIds);
}

/**
 * The server-side check behind every moderator command (Discord's `default_member_permissions`
 * only hides a command; anyone can still send it). Anyone else is told why, privately, and
 * nothing is done.
 */
export async function requireModerator(interaction: RepliableInteraction, discord: Pick<DiscordConfig, 'moderatorRoleIds'>): Promise<boolean> {
	if (actsAsModerator(interaction, discord)) return true;
	await interaction.reply(forInteraction(noticeBody(interaction.inGuild() ? NOTICES.moderatorsOnly : NOTICES.guildOnly), { ephemeral: true }));
	return false;
}
