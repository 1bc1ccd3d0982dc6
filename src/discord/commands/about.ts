import { SlashCommandBuilder } from 'discord.js';
import { COLORS } from '../../reply/embed.js';
import { forInteraction, ownEmbed } from '../body.js';
import type { Command } from './command.js';

const HOW_ANSWERS_ARE_CHOSEN = [
	'Your question is matched against a curated FAQ written from the article above; I never make up an answer.',
	'When no entry fits well enough, I say "I don\'t have that one" rather than guess, and point you to `/faq browse`.',
	'A message that sounds like a medical emergency gets emergency guidance instead of an FAQ answer.',
].join('\n');

export const about: Command = {
	data: () => new SlashCommandBuilder().setName('about').setDescription('What this bot is, where its answers come from, and who the experts are').toJSON(),

	async execute(interaction, { engine }) {
		const { faq } = engine;
		const article = faq.sources.get(faq.pack.article);
		const byline = article && [article.author && `by ${article.author}`, article.publisher && `published by ${article.publisher}`].filter(Boolean).join(', ');
		const embed = ownEmbed({
			title: 'About Cooldown',
			description: `I'm Cooldown, a bot that answers questions about ${faq.pack.covers} from the ${faq.pack.name}.\n\n${faq.pack.about}`,
			color: COLORS.answer,
			fields: [
				...(article ? [{ name: 'Source article', value: `${article.title}${byline ? ` (${byline})` : ''}` }] : []),
				{ name: 'Experts', value: [...faq.experts.values()].map((expert) => `• **${expert.name}**: ${expert.credentials}`).join('\n') },
				{ name: 'How answers are chosen', value: HOW_ANSWERS_ARE_CHOSEN },
			],
			footer: { text: faq.disclaimer },
		});
		await interaction.reply(forInteraction({ embeds: [embed], components: [] }, { ephemeral: true }));
	},
};
