import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { about } from './about.js';
import { ask } from './ask.js';
import type { Command, CommandSettings } from './command.js';
import { dailytip } from './dailytip.js';
import { faq } from './faq.js';
import { faqadmin } from './faqadmin.js';
import { help } from './help.js';
import { tip } from './tip.js';

export type { Command, CommandSettings } from './command.js';

/** Every command the bot serves and `npm run register` registers, in the order `/help` lists them. */
export const commands: readonly Command[] = [ask, faq, tip, dailytip, faqadmin, about, help];

/** The definitions exactly as they are sent to Discord. */
export function commandDefinitions(settings: CommandSettings): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
	return commands.map((command) => command.data(settings));
}
