import { SlashCommandBuilder } from 'discord.js';
import { answerReply } from '../../reply/build.js';
import { replyTo } from '../answers.js';
import { forInteraction, noticeBody, replyBody } from '../body.js';
import { NOTICES } from '../notices.js';
import type { Command } from './command.js';
import { chosenEntry, entryChoices } from './entry-choices.js';

export const ask: Command = {
	data: ({ maxQuestionLength, pack }) =>
		new SlashCommandBuilder()
			.setName('ask')
			.setDescription(`Ask a question about ${pack.covers}`)
			.addStringOption((option) =>
				option
					.setName('question')
					.setDescription('Your question, in your own words, or pick one as you type')
					.setRequired(true)
					.setAutocomplete(true)
					.setMaxLength(maxQuestionLength),
			)
			.addBooleanOption((option) => option.setName('private').setDescription('Only you see the answer (default: no)'))
			.toJSON(),

	async autocomplete(interaction, { engine }) {
		const typed = interaction.options.getFocused();
		// No entries to pick for an emergency: a picked entry is answered as it stands, and what the
		// member typed must reach the emergency reply instead.
		await interaction.respond(engine.triage(typed) ? [] : entryChoices(engine, typed));
	},

	async execute(interaction, { engine, cooldown, learning }) {
		const question = interaction.options.getString('question', true);
		const ephemeral = interaction.options.getBoolean('private') ?? false;
		const picked = chosenEntry(question, engine.faq);
		const match = picked ? undefined : engine.ask(question);
		const reply = picked ? answerReply(picked, engine.faq) : replyTo(match!, engine.faq);

		// An emergency is answered even during the cooldown: the guidance must never wait.
		const waitUntil = reply.kind === 'urgent' ? undefined : cooldown.until(interaction.user.id);
		if (waitUntil !== undefined) {
			await interaction.reply(forInteraction(noticeBody(NOTICES.cooldown(waitUntil)), { ephemeral: true }));
			return;
		}
		cooldown.start(interaction.user.id);
		// Counted per server; a question in a direct message is answered and not kept.
		if (interaction.guildId) await (picked ? learning.answered(interaction.guildId, picked.id) : learning.asked(interaction.guildId, match!));
		await interaction.reply(forInteraction(replyBody(reply), { ephemeral }));
	},
};
