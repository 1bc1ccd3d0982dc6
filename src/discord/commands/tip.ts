import { SlashCommandBuilder } from 'discord.js';
import { guildTipToday } from '../../schedule/settings.js';
import { tipOfTheDay } from '../../tips/today.js';
import { forInteraction } from '../body.js';
import { tipBody } from '../tip-body.js';
import type { Command } from './command.js';

export const tip: Command = {
	data: ({ pack }) => new SlashCommandBuilder().setName('tip').setDescription(`Today's tip about ${pack.covers}`).toJSON(),

	async execute(interaction, { engine, store, clock }) {
		const { faq } = engine;
		const now = clock.now();
		const today = interaction.inGuild() ? await guildTipToday(store.dailyTips, interaction.guildId, faq, now) : tipOfTheDay(faq, new Date(now));
		await interaction.reply(forInteraction(tipBody(today, faq), { ephemeral: false }));
	},
};
