import type { ButtonInteraction, StringSelectMenuInteraction } from 'discord.js';
import { answerReply } from '../reply/build.js';
import { forInteraction, forUpdate, noticeBody, replyBody } from './body.js';
import { browseBody, findTopic } from './browse.js';
import type { BotContext } from './context.js';
import { handleUnanswered } from './faq-stats.js';
import { parseCustomId } from './ids.js';
import { NOTICES } from './notices.js';

type Click = ButtonInteraction | StringSelectMenuInteraction;

/** Buttons and menus on the bot's messages. Anything not understood, or pointing at a removed entry, is told so. */
export async function handleClick(interaction: Click, context: BotContext): Promise<void> {
	const id = parseCustomId(interaction.customId);
	const picked = interaction.isStringSelectMenu() ? interaction.values[0] : undefined;
	switch (id?.kind) {
		case 'answer':
			if (interaction.isButton()) return answerEntry(interaction, id.entryId, context);
			break;
		case 'feedback':
			if (interaction.isButton()) return recordFeedback(interaction, id.entryId, id.vote === 'up', context);
			break;
		case 'entry':
			if (picked !== undefined) return answerEntry(interaction, picked, context);
			break;
		case 'unanswered':
			if (interaction.isStringSelectMenu() && picked !== undefined) return handleUnanswered(interaction, id, picked, context);
			break;
		case 'topic': {
			const topic = picked === undefined ? undefined : findTopic(context.engine.faq, picked);
			if (!topic) break;
			await interaction.update(forUpdate(browseBody(context.engine.faq, topic)));
			return;
		}
	}
	return notify(interaction, NOTICES.staleComponent);
}

/**
 * The answer goes to the clicker alone: the message clicked on may be someone else's, and a
 * public answer per click would flood the channel.
 */
async function answerEntry(interaction: Click, entryId: string, { engine }: BotContext): Promise<void> {
	const entry = engine.faq.byId.get(entryId);
	if (!entry) return notify(interaction, NOTICES.staleEntry);
	await interaction.reply(forInteraction(replyBody(answerReply(entry, engine.faq)), { ephemeral: true }));
}

/** Votes are counted per guild; a click in a direct message is thanked and not kept. */
async function recordFeedback(interaction: ButtonInteraction, entryId: string, helpful: boolean, { engine, learning }: BotContext): Promise<void> {
	if (!engine.faq.byId.has(entryId)) return notify(interaction, NOTICES.staleEntry);
	if (interaction.guildId) await learning.vote({ guildId: interaction.guildId, userId: interaction.user.id, entryId, helpful });
	await notify(interaction, NOTICES.thanks);
}

async function notify(interaction: Click, notice: string): Promise<void> {
	await interaction.reply(forInteraction(noticeBody(notice), { ephemeral: true }));
}
