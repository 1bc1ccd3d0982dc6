import { clearLine, cursorTo } from 'node:readline';
import { createInterface } from 'node:readline/promises';
import { describeDiff } from '../faq/diff.js';
import type { ReloadEvent } from '../serving/live.js';
import { formatProblem } from '../faq/model.js';
import { topicsOf } from '../faq/topics.js';
import type { Engine } from '../match/engine.js';
import { answerReply, buildReply } from '../reply/build.js';
import type { EntryRef, Reply } from '../reply/model.js';
import { renderText } from '../reply/text.js';
import { tipOfTheDay } from '../tips/today.js';

/** The commands, introduced with the pack's own subject. */
const helpText = (engine: Engine) => [
	`Ask anything about ${engine.faq.pack.covers}, in your own words.`,
	'  :topics  every question I can answer, by topic',
	'  :tip     today\'s tip',
	'  :help    this help',
	'  :quit    leave (Ctrl+D works too)',
	'The colon is optional, and a number picks from a "Did you mean" list.',
].join('\n');

const BROWSE_HINT = 'Type :topics to see every question I can answer.';

/** What each command is called, with and without its colon. */
const COMMANDS: Readonly<Record<string, 'quit' | 'help' | 'tip' | 'topics'>> = { quit: 'quit', q: 'quit', exit: 'quit', help: 'help', tip: 'tip', topics: 'topics' };

export interface Chat {
	/** Shows what a reload of the FAQ folder did, then the prompt again with whatever was being typed. */
	reloaded(event: ReloadEvent): void;
	/** Settles when the person leaves: :quit, Ctrl+D, or the end of piped input. */
	readonly closed: Promise<void>;
}

/** The terminal front end: the same engine and replies as the Discord bot, without Discord. */
export function openChat(engine: Engine, input: NodeJS.ReadStream = process.stdin, output: NodeJS.WriteStream = process.stdout): Chat {
	const say = (text: string) => output.write(`${text}\n\n`);
	say(`${engine.faq.pack.name} (${engine.faq.entries.length} questions), in the terminal.`);
	say('To run it as a Discord bot, set DISCORD_TOKEN (see README.md). Type help for commands.');

	const interactive = input.isTTY === true;
	const lines = createInterface({ input, output, terminal: interactive });
	// Piped input gets answers only: a prompt would land in front of every answer.
	const prompt = () => interactive && lines.prompt(true);
	const clearPrompt = () => {
		if (!interactive) return;
		cursorTo(output, 0);
		clearLine(output, 0);
	};
	lines.setPrompt('you> ');

	/** The entries of the last "Did you mean…", which a number picks from. */
	let choices: readonly EntryRef[] = [];
	const reply = (answer: Reply) => {
		choices = answer.kind === 'ambiguous' ? answer.suggestions : [];
		say(answer.kind === 'ambiguous' ? `${renderText(answer)}\nType a number to pick one.` : renderText(answer));
	};
	const ask = (question: string) => reply(buildReply(engine.ask(question), engine.faq, { browseHint: BROWSE_HINT }));

	const converse = async () => {
		prompt();
		for await (const line of lines) {
			const typed = line.trim();
			const command = COMMANDS[typed.toLowerCase().replace(/^:/, '')];
			const choice = /^\d+$/.test(typed) ? choices[Number(typed) - 1] : undefined;
			if (command === 'quit') break;
			else if (command === 'help') say(helpText(engine));
			else if (command === 'tip') say(tipText(engine));
			else if (command === 'topics') say(topics(engine));
			else if (typed.startsWith(':')) say(`Unknown command "${typed}". ${helpText(engine)}`);
			else if (choice) {
				// The FAQ may have been reloaded since the list was shown: then the question is asked afresh.
				const entry = engine.faq.byId.get(choice.id);
				if (entry) reply(answerReply(entry, engine.faq));
				else ask(choice.question);
			} else if (typed !== '') ask(line);
			prompt();
		}
		// Ctrl+D leaves the prompt on the line, where the shell's own would follow it.
		clearPrompt();
		lines.close();
	};

	return {
		reloaded(event) {
			clearPrompt();
			say(reloadText(event));
			prompt();
		},
		closed: converse(),
	};
}

function reloadText(event: ReloadEvent): string {
	if (event.ok) return `(FAQ reloaded, ${event.entries} entries: ${describeDiff(event.changes).join('; ')})`;
	return ['(The FAQ edit has problems; still answering from the last good FAQ.)', ...event.problems.slice(0, 5).map((problem) => `  ${formatProblem(problem)}`)].join('\n');
}

function tipText(engine: Engine): string {
	const { tip, entry, attribution } = tipOfTheDay(engine.faq, new Date());
	return `Tip of the day: ${tip.text}\n— ${attribution}\nMore: ask "${entry.question}"\n\n${engine.faq.disclaimer}`;
}

function topics(engine: Engine): string {
	return topicsOf(engine.faq)
		.map(({ name, entries }) => [name, ...entries.map((entry) => `  - ${entry.question}`)].join('\n'))
		.join('\n\n');
}
