/**
 * Discord's permission bits this rule reads, copied from Discord's documented values so the rule
 * needs no Discord library: Administrator implies every permission, Manage Server is the
 * permission moderator commands are registered with.
 */
const ADMINISTRATOR = 1n << 3n;
const MANAGE_GUILD = 1n << 5n;

/** What Discord says about the member who acted. */
export interface MemberStanding {
	/** The member's permission bits. */
	readonly permissions: bigint;
	readonly roleIds: readonly string[];
}

/**
 * The one moderator rule for every moderator command: Manage Server (or Administrator), or a role
 * the host listed in MODERATOR_ROLE_IDS.
 */
export function isModerator(member: MemberStanding, moderatorRoleIds: readonly string[]): boolean {
	return (member.permissions & (ADMINISTRATOR | MANAGE_GUILD)) !== 0n || member.roleIds.some((id) => moderatorRoleIds.includes(id));
}
