import { SlashCommandBuilder } from 'discord.js';
import { answerReply } from '../../reply/build.js';
import { forInteraction, noticeBody, replyBody } from '../body.js';
import { browseBody } from '../browse.js';
import { NOTICES } from '../notices.js';
import type { Command } from './command.js';
import { chosenEntry, entryChoices } from './entry-choices.js';

export const faq: Command = {
	data: () =>
		new SlashCommandBuilder()
			.setName('faq')
			.setDescription('Browse the questions I can answer')
			.addSubcommand((sub) => sub.setName('browse').setDescription('Every topic and its questions, one click from the answer'))
			.addSubcommand((sub) =>
				sub
					.setName('show')
					.setDescription('Show one FAQ entry')
					.addStringOption((option) =>
						option.setName('entry').setDescription('Start typing a question and pick it').setRequired(true).setAutocomplete(true),
					),
			)
			.toJSON(),

	async autocomplete(interaction, { engine }) {
		await interaction.respond(entryChoices(engine, interaction.options.getFocused()));
	},

	async execute(interaction, { engine }) {
		switch (interaction.options.getSubcommand(true)) {
			case 'browse':
				// Browsing is one member's navigation: a shared menu would jump around under everyone.
				await interaction.reply(forInteraction(browseBody(engine.faq), { ephemeral: true }));
				return;
			case 'show': {
				const entry = chosenEntry(interaction.options.getString('entry', true), engine.faq);
				await interaction.reply(
					entry
						? forInteraction(replyBody(answerReply(entry, engine.faq)), { ephemeral: false })
						: forInteraction(noticeBody(NOTICES.notAnEntry), { ephemeral: true }),
				);
				return;
			}
			default:
				await interaction.reply(forInteraction(noticeBody(NOTICES.unknownCommand), { ephemeral: true }));
		}
	},
};
