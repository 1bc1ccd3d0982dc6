import { rm } from 'node:fs/promises';
import { PassThrough } from 'node:stream';
import { describe, test } from 'vitest';
import { openChat, type Chat } from '../../src/cli/chat.js';
import { createLiveEngine } from '../../src/serving/live.js';
import { createEngine } from '../../src/match/engine.js';
import { runCli } from '../fixtures/cli.js';
import { copyMinFaq, edit, loadMinFaq, MIN_FAQ_DIR } from '../fixtures/faq.js';

const MIN_FAQ = 'tests/fixtures/faq-min';
const CLEAR_LINE = '\x1b[2K';

/** The chat as `npm run -s start` runs it without a token, questions piped in as a person might. */
describe.concurrent('the terminal chat, piped', () => {
	test('GIVEN an unclear question and then "1" WHEN the chat runs THEN "1" answers the first question it offered', async ({ expect }) => {
		const run = await runCli('start', [], { input: 'how often\n1\n' });
		expect(run.code).toBe(0);
		const offered = run.stdout.match(/Did you mean…\n.*\n {2}1\. (.+)\n(?: {2}\d\. .+\n)*Type a number to pick one\.\n\n/);
		expect(offered, run.stdout).not.toBeNull();
		// The reply to "1" is that entry's answer: its question as the title, then the answer.
		const after = run.stdout.split('Type a number to pick one.\n\n')[1] ?? '';
		expect(after.startsWith(`${offered?.[1]}\n\n`), after).toBe(true);
		expect(after).toMatch(/Expert|Sources/);
	});

	test('GIVEN commands without their colon, an unknown one, a number with no list, then quit WHEN the chat runs THEN each gets its reply and quit ends it with 0', async ({ expect }) => {
		const run = await runCli('start', [], { env: { FAQ_DIR: MIN_FAQ }, input: 'help\ntip\ntopics\n:frobnicate\n7\nquit\nwhy are my muscles sore after a workout?\n' });
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		const replies = run.stdout.split('\n\n');
		expect(replies[2]).toMatch(/^Ask anything about .*\n {2}:topics {2}every question I can answer, by topic\n/);
		const tip = replies.findIndex((reply) => reply.startsWith('Tip of the day: '));
		expect(replies[tip]).toMatch(/^Tip of the day: (A workout raises inflammation briefly|Sleep is when muscles repair)/);
		expect(replies[tip + 1]).toBe('Mini disclaimer: general information, not medical advice.');
		expect(run.stdout).toContain('  - Why are my muscles sore after a workout?');
		const unknown = replies.findIndex((reply) => reply.startsWith('Unknown command ":frobnicate".'));
		expect(unknown).toBeGreaterThan(tip);
		// A number with nothing to pick from is a question like any other; after quit, nothing is answered.
		expect(replies[unknown + 1]).toMatch(/^(I don't have that one|Ask me a question|Did you mean)/);
		expect(run.stdout).not.toContain('delayed onset muscle soreness');
	});
});

/** The commands, each way a person might type them, in process: one engine, piped streams. */
describe('the terminal chat commands', () => {
	const engine = loadMinFaq().then((faq) => createEngine(faq));

	async function chatWith(typed: string): Promise<string> {
		const input = new PassThrough() as unknown as NodeJS.ReadStream;
		const output = new PassThrough() as unknown as NodeJS.WriteStream;
		let screen = '';
		output.setEncoding('utf8').on('data', (chunk: string) => (screen += chunk));
		const chat = openChat(await engine, input, output);
		input.end(typed);
		await chat.closed;
		return screen;
	}

	test.for(['help', ':help', 'HELP', ' help ', 'Help'])('GIVEN "%s" THEN the chat shows its commands', async (word, { expect }) => {
		const screen = await chatWith(`${word}\n`);
		expect(screen).toContain(':topics  every question I can answer, by topic');
		expect(screen).not.toContain("I don't have that one");
	});

	test.for(['quit', 'exit', ':quit', ':exit', ':q', 'Quit', ' QUIT '])('GIVEN "%s" and then a question THEN the chat ends before the question', async (word, { expect }) => {
		const screen = await chatWith(`${word}\nwhy are my muscles sore after a workout?\n`);
		expect(screen).toMatch(/^Mini FAQ \(3 questions\), in the terminal\./);
		expect(screen).not.toContain('delayed onset muscle soreness');
	});

	test('GIVEN a number after an answer THEN it is asked as a question, not picked from an old list', async ({ expect }) => {
		const screen = await chatWith('why are my muscles sore after a workout?\n1\n');
		expect(screen.match(/delayed onset muscle soreness/g)).toHaveLength(1);
	});
});

/** The chat on a terminal: readline in terminal mode, prompts, a live FAQ folder, Ctrl+D. */
describe('the terminal chat, on a terminal', () => {
	/** The chat on the pack in `dir`, wired as main.ts wires it, with a stream standing in for the terminal. */
	async function terminalChat(dir: string) {
		const input = Object.assign(new PassThrough(), { isTTY: true }) as unknown as NodeJS.ReadStream;
		const output = new PassThrough() as unknown as NodeJS.WriteStream;
		let screen = '';
		output.setEncoding('utf8').on('data', (chunk: string) => (screen += chunk));
		let chat: Chat | undefined;
		const live = await createLiveEngine(dir, 500, (event) => chat?.reloaded(event));
		if (!live.ok) throw new Error('the mini pack must load');
		chat = openChat(live.value, input, output);
		return { chat, engine: live.value, type: (keys: string) => input.write(keys), screen: () => screen };
	}

	async function until(condition: () => boolean, what: string): Promise<void> {
		for (const started = Date.now(); !condition(); await new Promise((resolve) => setTimeout(resolve, 20))) {
			if (Date.now() - started > 5_000) throw new Error(`timed out waiting for ${what}`);
		}
	}

	test('GIVEN a terminal WHEN a question is typed and then Ctrl+D THEN it answers, prompts again, and clears the last prompt on leaving', async ({ expect }) => {
		const session = await terminalChat(MIN_FAQ_DIR);
		try {
			await until(() => session.screen().includes('you> '), 'the first prompt');
			session.type('why are my muscles sore after a workout?\r');
			await until(() => session.screen().split('delayed onset muscle soreness')[1]?.includes('you> ') === true, 'the answer and a new prompt');
			session.type('\x04');
			await session.chat.closed;
			expect(session.screen().slice(session.screen().lastIndexOf('you> '))).toContain(CLEAR_LINE);
		} finally {
			session.engine.close();
		}
	});

	test('GIVEN a half-typed question WHEN a moderator saves a FAQ edit THEN the reload notice shows and the prompt comes back with what was typed', async ({ expect }) => {
		const dir = await copyMinFaq();
		const session = await terminalChat(dir);
		try {
			await until(() => session.screen().includes('you> '), 'the first prompt');
			session.type('does hi');
			await edit('entries/muscle-soreness.md', (text) => text.replace('what is doms', 'what is doms exactly'))(dir);
			await until(() => /\(FAQ reloaded, 3 entries: entries edited: muscle-soreness \(alternates\)\)\n\n.*you> does hi/s.test(session.screen()), 'the notice of what changed, then the prompt with the typed text');
			// The prompt line is cleared first, so the notice starts on a line of its own.
			expect(session.screen()).toContain(`${CLEAR_LINE}(FAQ reloaded, 3 entries: entries edited: muscle-soreness (alternates))`);
			// Ctrl+U empties the line; Ctrl+D on an empty line leaves.
			session.type('\x15\x04');
			await session.chat.closed;
		} finally {
			session.engine.close();
			await rm(dir, { recursive: true, force: true });
		}
	});
});
