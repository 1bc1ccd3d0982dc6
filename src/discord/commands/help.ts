import { ApplicationCommandOptionType, SlashCommandBuilder } from 'discord.js';
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { COLORS } from '../../reply/embed.js';
import { forInteraction, ownEmbed } from '../body.js';
import type { BotContext } from '../context.js';
import { actsAsModerator } from '../moderators.js';
import type { Command } from './command.js';

export const help: Command = {
	data: () => new SlashCommandBuilder().setName('help').setDescription('The commands, briefly').toJSON(),

	async execute(interaction, context) {
		// Moderator commands are listed to moderators only; Discord hides them from everyone else too.
		const moderator = actsAsModerator(interaction, context.discord);
		const listed = context.definitions.filter((definition) => moderator || !definition.default_member_permissions);
		const embed = ownEmbed({
			title: 'Cooldown commands',
			description: [...listed.flatMap(commandLines), ...messageLines(context)].join('\n'),
			color: COLORS.answer,
			fields: [],
		});
		await interaction.reply(forInteraction({ embeds: [embed], components: [] }, { ephemeral: true }));
	},
};

/** One line per command, or per subcommand, straight from the registered definitions. */
function commandLines(definition: RESTPostAPIChatInputApplicationCommandsJSONBody): string[] {
	const subcommands = (definition.options ?? []).filter((option) => option.type === ApplicationCommandOptionType.Subcommand);
	if (subcommands.length === 0) return [`\`/${definition.name}\` — ${definition.description}`];
	return subcommands.map((sub) => `\`/${definition.name} ${sub.name}\` — ${sub.description}`);
}

function messageLines({ discord, engine }: BotContext): string[] {
	return [
		...(discord.answerMentions ? ['', `You can also mention me with a question, like \`@Cooldown ${engine.faq.pack.example}\`.`] : []),
		...(discord.autoAnswerChannelIds.length > 0
			? ['', `In ${discord.autoAnswerChannelIds.map((id) => `<#${id}>`).join(', ')} I answer questions I know without a mention.`]
			: []),
	];
}
