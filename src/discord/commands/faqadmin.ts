import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import type { AutocompleteInteraction, SlashCommandStringOption } from 'discord.js';
import { topicsOf } from '../../faq/topics.js';
import { REPORT_DAYS } from '../../moderation/report.js';
import { clamp, DISCORD_LIMITS } from '../../reply/embed.js';
import { forInteraction, noticeBody } from '../body.js';
import type { BotContext } from '../context.js';
import { describeChange, openEditForm, openNewForm, reloadFaq, revertEntry, showHistory } from '../faq-changes.js';
import { showStats } from '../faq-stats.js';
import { ID_MAX_LENGTH, parseEntryChoice } from '../ids.js';
import { actsAsModerator, requireModerator } from '../moderators.js';
import { NOTICES } from '../notices.js';
import type { Command } from './command.js';
import { entryChoices } from './entry-choices.js';

/** Discord shows at most 25 autocomplete choices. */
const MAX_CHOICES = 25;
const MAX_STATS_DAYS = 365;

/**
 * `/faqadmin`: moderators keep the FAQ from Discord. A command of its own rather than more `/faq`
 * subcommands, because Discord applies `default_member_permissions` to a whole command: this way
 * members never see these in their command list, while `/faq browse` and `/faq show` stay theirs.
 * Hiding is not a check: every subcommand, form and menu checks the moderator rule again.
 */
export const faqadmin: Command = {
	data: () =>
		new SlashCommandBuilder()
			.setName('faqadmin')
			.setDescription('Keep the FAQ up to date (moderators)')
			.setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
			.setContexts(InteractionContextType.Guild)
			.addSubcommand((sub) => sub.setName('reload').setDescription('Check the FAQ files and serve them now, or see what is wrong with them'))
			.addSubcommand((sub) => sub.setName('edit').setDescription("Edit an entry's question, answer and alternates").addStringOption(entryOption))
			.addSubcommand((sub) =>
				sub
					.setName('new')
					.setDescription('Write a new entry')
					.addStringOption((option) => option.setName('topic').setDescription('The topic it belongs to; start typing and pick one').setRequired(true).setAutocomplete(true).setMaxLength(100)),
			)
			.addSubcommand((sub) => sub.setName('history').setDescription("An entry's earlier versions: who changed it, when and what").addStringOption(entryOption))
			.addSubcommand((sub) =>
				sub
					.setName('revert')
					.setDescription('Restore an earlier version of an entry')
					.addStringOption(entryOption)
					.addIntegerOption((option) => option.setName('version').setDescription('The version to restore, from its history').setRequired(true).setMinValue(1).setAutocomplete(true)),
			)
			.addSubcommand((sub) =>
				sub
					.setName('stats')
					.setDescription('Questions answered, helpfulness, and the questions the FAQ could not answer')
					.addIntegerOption((option) => option.setName('days').setDescription(`How many days back (default ${REPORT_DAYS})`).setMinValue(1).setMaxValue(MAX_STATS_DAYS)),
			)
			.toJSON(),

	async autocomplete(interaction, context) {
		// The choices name entries' history and who changed them: moderators' business only.
		if (!actsAsModerator(interaction, context.discord)) return interaction.respond([]);
		await interaction.respond(await choices(interaction, context));
	},

	async execute(interaction, context) {
		if (!(await requireModerator(interaction, context.discord)) || !interaction.inGuild()) return;
		const subcommand = interaction.options.getSubcommand(true);
		if (subcommand === 'stats') return showStats(interaction, context);
		const { editing } = context;
		if (!editing) {
			await interaction.reply(forInteraction(noticeBody(NOTICES.editingUnavailable), { ephemeral: true }));
			return;
		}
		switch (subcommand) {
			case 'reload':
				return reloadFaq(interaction, editing, context);
			case 'edit':
				return openEditForm(interaction, editing);
			case 'new':
				return openNewForm(interaction, context);
			case 'history':
				return showHistory(interaction, editing);
			case 'revert':
				return revertEntry(interaction, editing);
			default:
				await interaction.reply(forInteraction(noticeBody(NOTICES.unknownCommand), { ephemeral: true }));
		}
	},
};

function entryOption(option: SlashCommandStringOption) {
	return option.setName('entry').setDescription('Start typing its question and pick it').setRequired(true).setAutocomplete(true);
}

async function choices(interaction: AutocompleteInteraction, { engine, editing }: BotContext) {
	const focused = interaction.options.getFocused(true);
	const typed = String(focused.value).trim().toLowerCase();
	switch (focused.name) {
		case 'entry':
			return entryChoices(engine, String(focused.value));
		case 'topic':
			return topicsOf(engine.faq)
				.map(({ name }) => name)
				.filter((name) => name.toLowerCase().includes(typed) && name.length <= ID_MAX_LENGTH)
				.slice(0, MAX_CHOICES)
				.map((name) => ({ name, value: name }));
		case 'version': {
			const id = parseEntryChoice(interaction.options.getString('entry') ?? '');
			if (id === undefined || !editing) return [];
			const versions = await editing.desk.history(id);
			return versions
				.filter(({ number }) => typed === '' || String(number).startsWith(typed))
				.slice(0, MAX_CHOICES)
				// A choice's name is plain text, where a timestamp or a mention would show as its code.
				.map((version) => ({ name: clamp(`v${version.number} · ${new Date(version.at).toISOString().slice(0, 16).replace('T', ' ')} UTC · ${describeChange(version)}`, DISCORD_LIMITS.autocompleteChoiceName), value: version.number }));
		}
		default:
			return [];
	}
}
