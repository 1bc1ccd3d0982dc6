import { createInterface } from 'node:readline/promises';
import { topicsOf } from '../faq/topics.js';
import type { Engine } from '../match/engine.js';
import { buildReply } from '../reply/build.js';
import { renderText } from '../reply/text.js';
import { tipOfTheDay } from '../tips/today.js';

const HELP = [
	'Ask anything about exercise and inflammation, in your own words.',
	'  :topics  every question I can answer, by topic',
	'  :tip     today\'s tip',
	'  :help    this help',
	'  :quit    leave (Ctrl+D works too)',
].join('\n');

const BROWSE_HINT = 'Type :topics to see every question I can answer.';

/** The terminal front end: the same engine and replies as the Discord bot, without Discord. */
export async function startChat(engine: Engine, input = process.stdin, output = process.stdout): Promise<void> {
	const say = (text: string) => output.write(`${text}\n\n`);
	say(`Cooldown — ${engine.faq.pack.name} (${engine.faq.entries.length} questions), in the terminal.`);
	say('To run it as a Discord bot, set DISCORD_TOKEN (see README.md). Type :help for commands.');

	const interactive = input.isTTY === true;
	const lines = createInterface({ input, output, terminal: interactive });
	// Piped input gets answers only: a prompt would land in front of every answer.
	const prompt = () => interactive && lines.prompt();
	lines.setPrompt('you> ');
	prompt();
	for await (const line of lines) {
		const command = line.trim().toLowerCase();
		if (command === ':quit' || command === ':q' || command === ':exit') break;
		else if (command === ':help') say(HELP);
		else if (command === ':tip') say(tipText(engine));
		else if (command === ':topics') say(topics(engine));
		else if (command.startsWith(':')) say(`Unknown command "${line.trim()}". ${HELP}`);
		else if (command !== '') say(renderText(buildReply(engine.ask(line), engine.faq, { browseHint: BROWSE_HINT })));
		prompt();
	}
	lines.close();
}

function tipText(engine: Engine): string {
	const { tip, entry, attribution } = tipOfTheDay(engine.faq, new Date());
	return `Tip of the day: ${tip.text}\n— ${attribution}\nMore: ask "${entry.question}"`;
}

function topics(engine: Engine): string {
	return topicsOf(engine.faq)
		.map(({ name, entries }) => [name, ...entries.map((entry) => `  - ${entry.question}`)].join('\n'))
		.join('\n\n');
}
