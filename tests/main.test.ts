import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test } from 'vitest';
import { digest } from '../src/lib/digest.js';
import { chatInputInteraction } from './discord-server/payloads.js';
import { startDiscordServer } from './discord-server/server.js';
import { BASE_ENV, runCli } from './fixtures/cli.js';
import { PROJECT_DIR } from './fixtures/faq.js';
import { START_COMMAND } from './fixtures/start-command.js';

describe.concurrent('npm start', () => {
	test('GIVEN no DISCORD_TOKEN and a question piped in WHEN started THEN the terminal chat shows its banner once, answers with attribution and leaves with 0 at the end of input', async ({ expect }) => {
		const run = await runCli('start', [], { env: { FAQ_DIR: 'tests/fixtures/faq-min' }, input: 'why are my muscles sore after a workout?\n' });
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		const [banner, hint, ...answer] = run.stdout.split('\n\n');
		expect(banner).toBe('Mini FAQ (3 questions), in the terminal.');
		expect(hint).toMatch(/^To run it as a Discord bot, set DISCORD_TOKEN/);
		expect(answer.join('\n\n')).toMatch(/^Why are my muscles sore after a workout\?\n\nThat is delayed onset muscle soreness/);
		expect(run.stdout).toContain('Schuyler Archambault, Physical therapist and strength coach');
		expect(run.stdout).toContain('Mini disclaimer: general information, not medical advice.');
		// No prompts when the input is not a terminal: they would land in front of every answer.
		expect(run.stdout).not.toContain('you>');
	});

	test('GIVEN a database folder WHEN the chat starts twice on the same FAQ THEN the first start notes the pack as checked beside the database, and the second answers the same', async ({ expect }) => {
		const dir = await mkdtemp(path.join(tmpdir(), 'cooldown-main-'));
		try {
			const start = () => runCli('start', [], { env: { FAQ_DIR: 'tests/fixtures/faq-min', DATABASE_PATH: path.join(dir, 'cooldown.db') }, input: 'is sleep important for recovery\n' });
			const first = await start();
			expect(await readdir(path.join(dir, 'check-cache'))).toEqual([expect.stringMatching(/^[0-9a-f]{32}\.bin$/)]);
			const second = await start();
			expect(second.stderr).toBe('');
			expect(second.stdout).toBe(first.stdout);
			expect(second.stdout).toContain('Does sleep help recovery?');
		} finally {
			await rm(dir, { recursive: true, force: true });
		}
	});

	test('GIVEN a pack the chat noted as checked WHEN ask runs on the same FAQ THEN it reads the YAML from the note', async ({ expect }) => {
		const dir = await mkdtemp(path.join(tmpdir(), 'cooldown-main-'));
		try {
			const env = { FAQ_DIR: 'tests/fixtures/faq-min', DATABASE_PATH: path.join(dir, 'cooldown.db') };
			await runCli('start', [], { env, input: 'quit\n' });
			// Proof that ask reads the note: a question changed in the note only, its digests kept right.
			const [name] = await readdir(path.join(dir, 'check-cache'));
			const file = path.join(dir, 'check-cache', name!);
			const text = await readFile(file, 'utf8');
			const note = JSON.parse(text.slice(text.indexOf('\n') + 1)) as { yaml: Record<string, { data: { question: string } }> };
			note.yaml['entries/sleep-and-recovery.md']!.data.question = 'Noted question?';
			const json = JSON.stringify(note);
			await writeFile(file, `${digest(json)}\n${json}`);
			const run = await runCli('ask', ['is sleep important for recovery'], { env });
			expect(run.stdout).toContain('Noted question?');
		} finally {
			await rm(dir, { recursive: true, force: true });
		}
	});

	test('GIVEN a FAQ folder that does not exist WHEN started THEN it says so on stderr and exits 2', async ({ expect }) => {
		const run = await runCli('start', [], { env: { FAQ_DIR: 'no/such/faq' } });
		expect(run.code).toBe(2);
		expect(run.stdout).toBe('');
		expect(run.stderr).toMatch(/^Cooldown cannot start: the FAQ in no\/such\/faq has \d+ problem/);
	});

	test('GIVEN a DISCORD_TOKEN and a database it cannot open WHEN started THEN it logs why, naming the path, and exits 1 without connecting', async ({ expect }) => {
		const run = await runCli('start', [], {
			env: { FAQ_DIR: 'tests/fixtures/faq-min', LOG_LEVEL: 'info', DISCORD_TOKEN: 'cooldown-main-test-token-0123456789', DISCORD_API_URL: 'http://127.0.0.1:9', DATABASE_PATH: '/dev/null/cooldown.db' },
		});
		expect(run.code).toBe(1);
		expect(fatalLine(run.stdout)).toMatchObject({ msg: 'could not start the bot; check DISCORD_TOKEN and DATABASE_PATH', problems: [expect.stringMatching(/^Cannot open the database at \/dev\/null\/cooldown\.db: /)] });
	});

	test('GIVEN a DISCORD_TOKEN that Discord refuses WHEN started THEN it logs why and exits 1', async ({ expect }) => {
		const server = await startDiscordServer({ token: 'cooldown-main-test-token-0123456789', timeoutMs: 15_000 });
		const dir = await mkdtemp(path.join(tmpdir(), 'cooldown-main-'));
		try {
			const run = await runCli('start', [], {
				env: { FAQ_DIR: 'tests/fixtures/faq-min', LOG_LEVEL: 'info', DISCORD_TOKEN: 'some-other-token-0123456789', DISCORD_API_URL: server.apiUrl, DATABASE_PATH: path.join(dir, 'cooldown.db') },
			});
			expect(run.code).toBe(1);
			expect(fatalLine(run.stdout)).toMatchObject({ msg: 'could not start the bot; check DISCORD_TOKEN and DATABASE_PATH', problems: [expect.stringMatching(/^Cannot log in to Discord: /)] });
		} finally {
			await server.close();
			await rm(dir, { recursive: true, force: true });
		}
	});

	test('GIVEN a DISCORD_TOKEN WHEN started as `npm start` starts it, node flags included, THEN the bot connects, answers /ask, and exits 0 on SIGTERM', async ({ expect }) => {
		const server = await startDiscordServer({ token: 'cooldown-main-test-token-0123456789', timeoutMs: 15_000 });
		const bot = spawn(process.execPath, [...START_COMMAND], {
			cwd: PROJECT_DIR,
			env: { ...BASE_ENV, FAQ_DIR: 'tests/fixtures/faq-min', LOG_LEVEL: 'info', DISCORD_TOKEN: server.token, DISCORD_API_URL: server.apiUrl },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let logs = '';
		bot.stdout.setEncoding('utf8').on('data', (chunk: string) => (logs += chunk));
		bot.stderr.setEncoding('utf8').on('data', (chunk: string) => (logs += chunk));
		const exited = once(bot, 'exit') as Promise<[number | null]>;
		try {
			await server.waitForReady();
			const callback = await server.dispatchInteraction(chatInputInteraction({ name: 'ask', options: { question: 'why are my muscles sore after a workout?' } }));
			expect(callback.body).toMatchObject({ type: 4, data: { embeds: [{ title: 'Why are my muscles sore after a workout?' }], allowed_mentions: { parse: [] } } });
		} finally {
			bot.kill('SIGTERM');
			await server.close();
		}
		const [code] = await exited;
		expect(code, logs).toBe(0);
		// Logs are JSON lines, and the terminal chat never started.
		const lines = logs.trim().split('\n');
		expect(lines.map((line) => (JSON.parse(line) as { msg: string }).msg)).toContain('shutting down');
		expect(logs).not.toContain('in the terminal');
	});
});

/** The fatal line of a run's JSON log lines. */
function fatalLine(logs: string) {
	return logs
		.trim()
		.split('\n')
		.map((line) => JSON.parse(line) as { level: number; msg: string; problems?: string[] })
		.find(({ level }) => level === 60);
}
