import { InteractionType } from 'discord.js';
import type { Interaction, ModalSubmitInteraction } from 'discord.js';
import { forInteraction, noticeBody } from './body.js';
import { handleClick } from './clicks.js';
import type { Command } from './commands/index.js';
import type { BotContext } from './context.js';
import { submitEntryForm } from './faq-changes.js';
import { parseCustomId } from './ids.js';
import { loggableError } from './log-error.js';
import { NOTICES } from './notices.js';

/**
 * Routes every interaction to its handler. Nothing escapes: a failure is logged with where it
 * happened (never what was asked, nor who asked) and the member is told, so no click or command
 * is left spinning until Discord's 3-second window closes.
 */
export function createInteractionHandler(context: BotContext, byName: ReadonlyMap<string, Command>): (interaction: Interaction) => Promise<void> {
	return async (interaction) => {
		try {
			if (interaction.isAutocomplete()) {
				const command = byName.get(interaction.commandName);
				await (command?.autocomplete ? command.autocomplete(interaction, context) : interaction.respond([]));
			} else if (interaction.isCommand()) {
				const command = byName.get(interaction.commandName);
				if (command && interaction.isChatInputCommand()) await command.execute(interaction, context);
				else await interaction.reply(forInteraction(noticeBody(NOTICES.unknownCommand), { ephemeral: true }));
			} else if (interaction.isButton() || interaction.isStringSelectMenu()) {
				await handleClick(interaction, context);
			} else if (interaction.isModalSubmit()) {
				await handleModal(interaction, context);
			}
		} catch (error) {
			context.logger.error({ err: loggableError(error), interaction: describe(interaction) }, 'interaction handler failed');
			await tellMember(interaction, context);
		}
	};
}

/** The bot's forms: an entry edited or written by a moderator. */
async function handleModal(interaction: ModalSubmitInteraction, context: BotContext): Promise<void> {
	const id = parseCustomId(interaction.customId);
	if (id?.kind === 'edit' || id?.kind === 'new') return submitEntryForm(interaction, id, context);
	await interaction.reply(forInteraction(noticeBody(NOTICES.staleComponent), { ephemeral: true }));
}

async function tellMember(interaction: Interaction, { logger }: BotContext): Promise<void> {
	try {
		if (interaction.isAutocomplete()) {
			if (!interaction.responded) await interaction.respond([]);
			return;
		}
		if (!interaction.isRepliable()) return;
		const notice = forInteraction(noticeBody(NOTICES.failed), { ephemeral: true });
		await (interaction.replied || interaction.deferred ? interaction.followUp(notice) : interaction.reply(notice));
	} catch (error) {
		logger.error({ err: loggableError(error), interaction: describe(interaction) }, 'could not tell the member about the failure');
	}
}

/** Where an interaction happened, for logs: no option values and no user. */
function describe(interaction: Interaction) {
	return {
		type: InteractionType[interaction.type],
		...(interaction.isCommand() || interaction.isAutocomplete() ? { command: interaction.commandName } : {}),
		...(interaction.isMessageComponent() || interaction.isModalSubmit() ? { customId: interaction.customId } : {}),
		guildId: interaction.guildId,
		channelId: interaction.channelId,
	};
}
