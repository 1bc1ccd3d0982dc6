import { REST, Routes } from 'discord.js';
import type { RESTPutAPIApplicationCommandsResult } from 'discord.js';
import { readCommandLine } from '../cli/args.js';
import { exitOnFaqProblems, exitWith, loadSettings } from '../cli/context.js';
import { loadFaq } from '../faq/load.js';
import { commandDefinitions } from './commands/index.js';

/**
 * `npm run register`: replaces the application's commands with exactly the ones the bot serves.
 * In one guild when DISCORD_GUILD_ID is set (instant, for testing), globally otherwise.
 */
readCommandLine({
	usage: [
		'Usage: npm run -s register',
		"Replaces the bot's slash commands on Discord with the ones it serves: in the server DISCORD_GUILD_ID when set",
		'(instant), otherwise globally (up to an hour). Needs DISCORD_TOKEN and DISCORD_APPLICATION_ID (see .env.example).',
	],
});
const config = loadSettings();
const { discord } = config;
if (!discord?.applicationId) {
	const missing = ['DISCORD_TOKEN', 'DISCORD_APPLICATION_ID'].filter((name) => !process.env[name]?.trim());
	exitWith([`Cannot register commands: DISCORD_TOKEN and DISCORD_APPLICATION_ID must be set (missing: ${missing.join(', ')}).`]);
}

const { applicationId, guildId } = discord;
// Command descriptions name the pack's subject ("Ask a question about …").
const faq = await loadFaq(config.faqDir);
if (!faq.ok) exitOnFaqProblems(config.faqDir, faq.errors);
const definitions = commandDefinitions({ ...config, pack: faq.value.pack });
const rest = new REST(discord.apiUrl ? { api: discord.apiUrl } : {}).setToken(discord.token);
const route = guildId ? Routes.applicationGuildCommands(applicationId, guildId) : Routes.applicationCommands(applicationId);
try {
	const registered = (await rest.put(route, { body: definitions })) as RESTPutAPIApplicationCommandsResult;
	const names = registered.map(({ name }) => `/${name}`).join(', ');
	process.stdout.write(
		guildId
			? `Registered ${registered.length} commands in guild ${guildId}: ${names}\n`
			: `Registered ${registered.length} commands globally: ${names}\nGlobal commands can take up to an hour to show up in Discord.\n`,
	);
} catch (error) {
	exitWith([`Cannot register commands: Discord refused the request (${error instanceof Error ? error.message : String(error)}).`], 1);
}
