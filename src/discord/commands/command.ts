import type { AutocompleteInteraction, ChatInputCommandInteraction, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { Config } from '../../config.js';
import type { BotContext } from '../context.js';

/** The settings a command's definition depends on. */
export type CommandSettings = Pick<Config, 'maxQuestionLength'>;

/** One slash command: its definition as registered with Discord, and how it is answered. */
export interface Command {
	data(settings: CommandSettings): RESTPostAPIChatInputApplicationCommandsJSONBody;
	execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void>;
	autocomplete?(interaction: AutocompleteInteraction, context: BotContext): Promise<void>;
}
