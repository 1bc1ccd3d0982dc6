import { createInterface } from 'node:readline';
import { buildReply } from '../reply/build.js';
import { toAskJson } from '../reply/json.js';
import { renderText } from '../reply/text.js';
import { exitWithUsage, readCommandLine } from './args.js';
import { loadContext } from './context.js';

const COMMAND_LINE = {
	usage: [
		'Usage: npm run -s ask -- "your question"            the reply as text',
		'       npm run -s ask -- --json "your question"     one JSON object (fields in README.md)',
		'       npm run -s ask -- --stdin                    one question per line in, one JSON line per question out',
	],
	flags: ['json', 'stdin'],
	words: true,
} as const;
const BROWSE_HINT = 'Run "npm run -s faq -- list" to see every question I can answer.';

const { flags, words } = readCommandLine(COMMAND_LINE);
const question = words.join(' ');
if (flags.stdin && question !== '') exitWithUsage(COMMAND_LINE, '--stdin reads the questions from standard input: give no question after it.');
// A script asking with --json gets its answer as JSON even for an empty question ("invalid").
if (!flags.stdin && !flags.json && question.trim() === '') exitWithUsage(COMMAND_LINE);

const { engine } = await loadContext();
const answer = (text: string) => {
	const match = engine.ask(text);
	const reply = buildReply(match, engine.faq, { browseHint: BROWSE_HINT });
	return { match, reply, json: toAskJson(match, reply, engine.faq) };
};

if (flags.stdin) {
	// One process for a whole file of questions: the FAQ is loaded and indexed once.
	for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
		process.stdout.write(`${JSON.stringify(answer(line).json)}\n`);
	}
} else {
	const result = answer(question);
	process.stdout.write(flags.json ? `${JSON.stringify(result.json, null, 2)}\n` : `${renderText(result.reply)}\n`);
}
