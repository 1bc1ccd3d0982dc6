import { PermissionFlagsBits } from 'discord.js';
import { describe, expect, test } from 'vitest';
import { isModerator } from '../../src/moderation/moderator.js';

const MOD_ROLE = '1500000000000000001';
const OTHER_ROLE = '1500000000000000002';
const member = PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages | PermissionFlagsBits.UseApplicationCommands;

describe('isModerator', () => {
	test.each([
		{ given: 'a plain member', permissions: member, roles: [], modRoles: [MOD_ROLE], expected: false },
		{ given: 'a member with another role', permissions: member, roles: [OTHER_ROLE], modRoles: [MOD_ROLE], expected: false },
		{ given: 'a member with Manage Server', permissions: member | PermissionFlagsBits.ManageGuild, roles: [], modRoles: [], expected: true },
		{ given: 'an administrator', permissions: PermissionFlagsBits.Administrator, roles: [], modRoles: [], expected: true },
		{ given: 'a member with a moderator role', permissions: member, roles: [OTHER_ROLE, MOD_ROLE], modRoles: [MOD_ROLE], expected: true },
		{ given: 'a member with Manage Messages only (not Manage Server)', permissions: member | PermissionFlagsBits.ManageMessages, roles: [], modRoles: [], expected: false },
		{ given: 'no moderator roles configured', permissions: member, roles: [MOD_ROLE], modRoles: [], expected: false },
	])('GIVEN $given THEN isModerator is $expected', ({ permissions, roles, modRoles, expected }) => {
		expect(isModerator({ permissions, roleIds: roles }, modRoles)).toBe(expected);
	});
});
