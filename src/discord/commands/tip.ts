import { ButtonStyle, SlashCommandBuilder } from 'discord.js';
import { COLORS } from '../../reply/embed.js';
import { tipOfTheDay } from '../../tips/today.js';
import { forInteraction, ownEmbed } from '../body.js';
import { button, buttonRows } from '../components.js';
import type { Command } from './command.js';

export const tip: Command = {
	data: () => new SlashCommandBuilder().setName('tip').setDescription("Today's tip about exercise and inflammation").toJSON(),

	async execute(interaction, { engine }) {
		const { faq } = engine;
		const today = tipOfTheDay(faq, new Date());
		const embed = ownEmbed({
			title: 'Tip of the day',
			description: today.tip.text,
			color: COLORS.answer,
			fields: [{ name: 'From', value: today.attribution }],
			footer: { text: faq.disclaimer },
		});
		const more = button({ kind: 'answer', entryId: today.entry.id }, today.entry.question, ButtonStyle.Primary);
		await interaction.reply(forInteraction({ embeds: [embed], components: buttonRows(more, 1) }, { ephemeral: false }));
	},
};
