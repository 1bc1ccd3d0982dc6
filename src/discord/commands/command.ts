import type { AutocompleteInteraction, ChatInputCommandInteraction, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { Config } from '../../config.js';
import type { Pack } from '../../faq/model.js';
import type { BotContext } from '../context.js';

/** What a command's definition depends on: a setting, and the words of the pack it serves. */
export type CommandSettings = Pick<Config, 'maxQuestionLength'> & { readonly pack: Pick<Pack, 'covers'> };

/** One slash command: its definition as registered with Discord, and how it is answered. */
export interface Command {
	data(settings: CommandSettings): RESTPostAPIChatInputApplicationCommandsJSONBody;
	execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void>;
	autocomplete?(interaction: AutocompleteInteraction, context: BotContext): Promise<void>;
}
