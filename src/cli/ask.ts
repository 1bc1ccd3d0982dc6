import { createInterface } from 'node:readline';
import { buildReply } from '../reply/build.js';
import { toAskJson } from '../reply/json.js';
import { renderText } from '../reply/text.js';
import { exitWith, loadContext } from './context.js';

const USAGE = [
	'Usage: npm run ask -- [--json] "your question"',
	'       npm run ask -- --stdin      (one question per line in, one JSON line per question out)',
];
const BROWSE_HINT = 'Run "npm run faq -- list" to see every question I can answer.';

const args = process.argv.slice(2);
const json = args.includes('--json');
const stdin = args.includes('--stdin');
const unknown = args.filter((arg) => arg.startsWith('--') && arg !== '--json' && arg !== '--stdin');
const question = args.filter((arg) => !arg.startsWith('--')).join(' ');

if (args.includes('-h') || unknown.length > 0 || (!stdin && question.trim() === '') || (stdin && question !== '')) {
	exitWith([...(unknown.length > 0 ? [`Unknown option: ${unknown.join(', ')}`] : []), ...USAGE]);
}

const { engine } = await loadContext();
const answer = (text: string) => {
	const match = engine.ask(text);
	const reply = buildReply(match, engine.faq, { browseHint: BROWSE_HINT });
	return { match, reply, json: toAskJson(match, reply, engine.faq) };
};

if (stdin) {
	// One process for a whole file of questions: the FAQ is loaded and indexed once.
	for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
		process.stdout.write(`${JSON.stringify(answer(line).json)}\n`);
	}
} else {
	const result = answer(question);
	process.stdout.write(json ? `${JSON.stringify(result.json, null, 2)}\n` : `${renderText(result.reply)}\n`);
}
