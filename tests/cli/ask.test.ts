import { describe, expect, test } from 'vitest';
import { runCli } from '../fixtures/cli.js';

const MIN_FAQ = 'tests/fixtures/faq-min';

describe.concurrent('npm run ask', () => {
	test.each([
		{ threshold: undefined, status: 'answered' },
		{ threshold: '0.99', status: 'ambiguous' },
	])('GIVEN ANSWER_CONFIDENCE=$threshold WHEN a question the shipped FAQ answers is asked THEN it is $status', async ({ threshold, status }) => {
		const run = await runCli('ask', ['--json', 'does exercise lower inflammation over time'], { env: threshold ? { ANSWER_CONFIDENCE: threshold } : {} });
		expect(run.code).toBe(0);
		const json = JSON.parse(run.stdout) as { status: string; score: number };
		expect(json.status).toBe(status);
		if (threshold) expect(json.score).toBeLessThan(Number(threshold));
	});

	test('GIVEN --json and an in-scope question WHEN run THEN it prints one JSON object with exactly the contract keys', async ({ expect }) => {
		const run = await runCli('ask', ['--json', 'why are my muscles sore after a workout?'], { env: { FAQ_DIR: MIN_FAQ } });
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		const json = JSON.parse(run.stdout) as Record<string, unknown>;
		expect(typeof json).toBe('object');
		expect(Object.keys(json).sort()).toEqual(['entry', 'question', 'score', 'status', 'suggestions', 'text']);
		expect(json).toMatchObject({ status: 'answered', question: 'why are my muscles sore after a workout?' });
		const entry = json.entry as Record<string, unknown>;
		expect(Object.keys(entry).sort()).toEqual(['answer', 'disclaimer', 'experts', 'id', 'question', 'sources']);
		expect(entry).toMatchObject({ id: 'muscle-soreness', question: 'Why are my muscles sore after a workout?', disclaimer: 'Mini disclaimer: general information, not medical advice.' });
		expect(entry.answer).toMatch(/^That is delayed onset muscle soreness/);
		expect(entry.experts).toEqual([
			{ name: 'Schuyler Archambault', credentials: 'Physical therapist and strength coach' },
			{ name: 'Elizabeth Gardner, MD', credentials: 'Associate professor of orthopaedics and sports medicine' },
		]);
		expect((entry.sources as { title: string }[]).map((s) => s.title)).toEqual(['Does Exercise Reduce Inflammation?', 'Study of muscle inflammation in mice']);
		expect(json.score).toEqual(expect.any(Number));
		expect(json.score as number).toBeGreaterThan(0);
		expect(json.score as number).toBeLessThanOrEqual(1);
		expect(Array.isArray(json.suggestions)).toBe(true);
		for (const suggestion of json.suggestions as Record<string, unknown>[]) {
			expect(Object.keys(suggestion).sort()).toEqual(['id', 'question', 'score']);
		}
		expect(json.text).toContain('Mini disclaimer: general information, not medical advice.');
		expect(json.text).toContain('Schuyler Archambault, Physical therapist and strength coach');
	});

	test('GIVEN --stdin with an in-scope, an off-topic and an urgent line WHEN run on the shipped FAQ THEN it writes 3 JSON lines in order', async ({ expect }) => {
		const run = await runCli('ask', ['--stdin'], {
			input: 'does exercise reduce inflammation?\nwhat is the capital of australia\ni have chest pain and my left arm hurts\n',
		});
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		const lines = run.stdout.split('\n');
		expect(lines.at(-1)).toBe('');
		const answers = lines.slice(0, -1).map((line) => JSON.parse(line) as { status: string; question: string; entry: { id: string } | null; suggestions: unknown[]; text: string });
		expect(answers.map((a) => a.question)).toEqual(['does exercise reduce inflammation?', 'what is the capital of australia', 'i have chest pain and my left arm hurts']);
		expect(answers.map((a) => a.status)).toEqual(['answered', 'no_match', 'urgent']);
		expect(answers[0]?.entry?.id).toBe('exercise-reduces-inflammation');
		expect(answers[1]?.entry).toBeNull();
		expect(answers[2]?.entry).toBeNull();
		expect(answers[2]?.suggestions).toEqual([]);
		expect(answers[2]?.text).toMatch(/emergency/i);
		expect(answers[2]?.text).not.toMatch(/Gardner|Archambault/);
	});

	test.for([
		{ args: [], problem: undefined },
		{ args: ['   '], problem: undefined },
		{ args: ['--jsn', 'doms?'], problem: "Unknown option '--jsn'" },
		{ args: ['--stdin', 'doms?'], problem: '--stdin reads the questions from standard input' },
	])('GIVEN $args WHEN run THEN it prints the problem and the usage to stderr and exits 2', async ({ args, problem }, { expect }) => {
		const run = await runCli('ask', args);
		expect(run.code).toBe(2);
		expect(run.stdout).toBe('');
		expect(run.stderr).toMatch(/^Usage: npm run -s ask -- "your question"/m);
		if (problem) expect(run.stderr.split('\n')[0]).toContain(problem);
		else expect(run.stderr).toMatch(/^Usage/);
	});

	test.for([{ args: ['--json'] }, { args: ['--json', '  '] }])(
		'GIVEN $args, an empty question, WHEN run THEN it prints one JSON object with status invalid and exits 0',
		async ({ args }, { expect }) => {
			const run = await runCli('ask', args);
			expect(run.stderr).toBe('');
			expect(run.code).toBe(0);
			expect(JSON.parse(run.stdout)).toMatchObject({ status: 'invalid', question: '', entry: null, suggestions: [] });
		},
	);
});
