import { describe, expect, test } from 'vitest';
import { assembleFaq } from '../../src/faq/assemble.js';
import { loadFaq } from '../../src/faq/load.js';
import { formatProblem, type Problem } from '../../src/faq/model.js';
import { all, edit, entry, EXPERTS, loadMutated, MIN_FAQ_DIR, remove, SHIPPED_FAQ_DIR, SOURCES, TRIAGE, write, type Mutation } from '../fixtures/faq.js';

/*
 * Line numbers below refer to tests/fixtures/faq-min/entries/muscle-soreness.md:
 *   1 ---                      6   - what is doms        11 sources: [...]
 *   2 id: muscle-soreness      7   - why do my legs …    12 examples:
 *   3 question: …              8   - is muscle …         13   - why am i so sore …
 *   4 topic: Workouts          9 tags: [...]             14 ---
 *   5 alternates:             10 experts: [...]          15 That is delayed onset …
 */
const SORE = 'entries/muscle-soreness.md';
const SLEEP = 'entries/sleep-and-recovery.md';
const soreEdit = (change: (text: string) => string) => edit(SORE, change);

interface Expected {
	readonly file: string;
	/** The line, or the lines either of which is a fair place to point at. */
	readonly line?: number | readonly number[];
	readonly entry?: string;
	readonly field?: string | RegExp;
	readonly message: string | RegExp;
}

function matcherFor(expected: Expected) {
	return expect.objectContaining({
		file: expected.file,
		...(expected.line === undefined ? {} : { line: typeof expected.line === 'number' ? expected.line : expect.toBeOneOf([...expected.line]) }),
		...(expected.entry === undefined ? {} : { entry: expected.entry }),
		...(expected.field === undefined ? {} : { field: typeof expected.field === 'string' ? expected.field : expect.stringMatching(expected.field) }),
		message: typeof expected.message === 'string' ? expect.stringContaining(expected.message) : expect.stringMatching(expected.message),
	});
}

async function problemsAfter(mutate: Mutation): Promise<readonly Problem[]> {
	const result = await loadMutated(mutate);
	if (result.ok) throw new Error('expected the pack to be rejected, but it loaded');
	return result.errors;
}

describe('loadFaq on the mini fixture pack', () => {
	test('GIVEN the unmodified mini pack WHEN it is loaded THEN every part of it is there and nothing is reported', async () => {
		const result = await loadFaq(MIN_FAQ_DIR);
		expect(result.ok ? [] : result.errors).toEqual([]);
		if (!result.ok) return;
		const faq = result.value;
		expect(faq.entries.map((e) => e.id)).toEqual(['exercise-lowers-inflammation', 'muscle-soreness', 'sleep-and-recovery']);
		expect([...faq.experts.keys()]).toEqual(['gardner', 'archambault']);
		expect([...faq.sources.keys()]).toEqual(['article', 'mouse-study']);
		expect(faq.tips.map((t) => t.id)).toEqual(['tip-one', 'tip-two']);
		expect(faq.disclaimer).toBe('Mini disclaimer: general information, not medical advice.');
		expect(faq.pack.name).toBe('Mini FAQ');
		expect(faq.byId.get('muscle-soreness')?.file).toBe(SORE);
		expect(faq.byId.get('muscle-soreness')?.answer).toMatch(/^That is delayed onset muscle soreness/);
		expect(faq.byId.get('sleep-and-recovery')?.related).toEqual([]);
		expect(faq.synonyms[0]).toEqual(['exercise', 'workout', 'workouts', 'training', 'gym']);
	});

	test('GIVEN pack.yaml naming a subject it does not cover, with its phrases THEN the matcher hears every phrase and the bot says the name', async () => {
		const result = await loadMutated(edit('pack.yaml', (t) => `${t}uncovered:\n  - ibuprofen\n  - { say: heart rate zones, phrases: [heart rate zone, what heart rate] }\n`));
		expect(result.ok ? [] : result.errors).toEqual([]);
		if (!result.ok) return;
		expect(result.value.pack.uncovered).toEqual(['ibuprofen', 'heart rate zone', 'what heart rate']);
		expect(result.value.pack.uncoveredNames).toEqual({ 'heart rate zone': 'heart rate zones', 'what heart rate': 'heart rate zones' });
	});

	test('GIVEN no synonyms.yaml WHEN the pack is loaded THEN it loads, because synonyms are optional', async () => {
		const result = await loadMutated(remove('synonyms.yaml'));
		expect(result.ok).toBe(true);
		if (result.ok) expect(result.value.synonyms).toEqual([]);
	});

	test('GIVEN an asked.txt WHEN the pack is loaded THEN each entry has the questions listed under its id', async () => {
		const result = await loadMutated(write('asked.txt', ASKED));
		expect(result.ok ? [] : result.errors).toEqual([]);
		if (result.ok) expect([...result.value.asked]).toEqual([['muscle-soreness', ['legs are cooked after squats', 'why am i wrecked the day after']], ['sleep-and-recovery', ['does sleeping more help me bounce back']]]);
	});
});

/** Questions members asked, for the mini pack (which has none of its own): lines 1 to 7. */
const ASKED = '# Questions members asked\n[muscle-soreness]\nlegs are cooked after squats\nwhy am i wrecked the day after\n\n[sleep-and-recovery]\ndoes sleeping more help me bounce back\n';

const BAD_FILES: readonly { name: string; mutate: Mutation; expected: Expected }[] = [
	{
		// With `prettyErrors: false` the yaml library never sets `error.linePos`: the line comes from
		// the error's offset, or every syntax error would point at the first line of the YAML.
		name: 'malformed YAML in front matter',
		mutate: soreEdit((t) => t.replace('topic: Workouts', 'topic: Workouts: legs')),
		expected: { file: SORE, line: 4, message: 'not valid YAML' },
	},
	{
		name: 'front matter never closed',
		mutate: soreEdit((t) => t.replace('\n---\nThat', '\nThat')),
		expected: { file: SORE, line: 1, message: 'never closed' },
	},
	{
		name: 'missing front matter',
		mutate: soreEdit((t) => t.replace(/^---\n/, '')),
		expected: { file: SORE, line: 1, message: 'must start with a "---" line' },
	},
	{
		name: 'missing required field (topic)',
		mutate: soreEdit((t) => t.replace('topic: Workouts\n', '')),
		expected: { file: SORE, entry: 'muscle-soreness', field: 'topic', message: /^is required$/ },
	},
	{
		name: 'required field with no value (sources)',
		mutate: soreEdit((t) => t.replace('sources: [article, mouse-study]', 'sources:')),
		expected: { file: SORE, line: 11, entry: 'muscle-soreness', field: 'sources', message: /^is required but has no value$/ },
	},
	{
		name: 'wrong type (alternates is a string)',
		mutate: soreEdit((t) => t.replace(/alternates:\n(?: {2}- .*\n)+/, 'alternates: what is doms\n')),
		expected: { file: SORE, line: 5, entry: 'muscle-soreness', field: 'alternates', message: /expected array/ },
	},
	{
		name: 'fewer than 3 alternates',
		mutate: soreEdit((t) => t.replace('  - what is doms\n', '')),
		expected: { file: SORE, line: [5, 6], entry: 'muscle-soreness', field: 'alternates', message: 'at least 3' },
	},
	{
		// zod reports an unknown key on the object that holds it (the key is in `issue.keys`): the
		// problem must still point at the key's own line, not the first line of the front matter.
		name: 'unknown key',
		mutate: soreEdit((t) => t.replace('tags:', 'colour: blue\ntags:')),
		expected: { file: SORE, line: 9, entry: 'muscle-soreness', message: 'colour' },
	},
	{
		name: 'bad id slug',
		mutate: soreEdit((t) => t.replace('id: muscle-soreness', 'id: Muscle_Soreness')),
		expected: { file: SORE, line: 2, field: 'id', message: 'lowercase slug' },
	},
	{
		name: 'file name differs from the id',
		mutate: async (dir) => {
			const { rename } = await import('node:fs/promises');
			await rename(`${dir}/${SORE}`, `${dir}/entries/sore.md`);
		},
		expected: { file: 'entries/sore.md', line: 2, entry: 'muscle-soreness', field: 'id', message: 'rename it to "muscle-soreness.md"' },
	},
	{
		name: 'empty answer',
		mutate: soreEdit((t) => t.replace(/\n---\n[\s\S]*$/, '\n---\n\n   \n')),
		expected: { file: SORE, line: 15, entry: 'muscle-soreness', field: 'answer', message: 'empty' },
	},
	{
		// Two files with one id always differ in file name: the problem must name the duplicate, not only
		// ask for a rename to a file that already exists.
		name: 'duplicate ids',
		mutate: async (dir) => {
			const { readFile, writeFile } = await import('node:fs/promises');
			const text = await readFile(`${dir}/${SORE}`, 'utf8');
			await writeFile(
				`${dir}/entries/copy.md`,
				text.replace('Why are my muscles sore after a workout?', 'Why do muscles get sore?').replace(/ {2}- (.*)\n/g, '  - copy $1\n'),
			);
		},
		expected: { file: 'entries/copy.md', entry: 'muscle-soreness', field: 'id', message: /duplicate id.*muscle-soreness\.md/i },
	},
	{
		name: 'the same alternate in two entries',
		mutate: edit(SLEEP, (t) => t.replace('is rest important for recovery', 'What is DOMS?')),
		expected: { file: SLEEP, entry: 'sleep-and-recovery', field: 'alternates[2]', message: 'entry "muscle-soreness"' },
	},
	{
		name: 'unknown expert',
		mutate: soreEdit((t) => t.replace('experts: [archambault, gardner]', 'experts: [archambault, house]')),
		expected: { file: SORE, entry: 'muscle-soreness', field: 'experts[1]', message: /unknown expert.*"house"/ },
	},
	{
		name: 'unknown source',
		mutate: soreEdit((t) => t.replace('sources: [article, mouse-study]', 'sources: [rat-study, article]')),
		expected: { file: SORE, entry: 'muscle-soreness', field: 'sources[0]', message: /unknown source.*"rat-study"/ },
	},
	{
		name: 'unknown related id',
		mutate: soreEdit((t) => t.replace('tags:', 'related: [sleep-and-recovery, naps]\ntags:')),
		expected: { file: SORE, entry: 'muscle-soreness', field: 'related[1]', message: /unknown related entry id "naps"/ },
	},
	{
		name: 'a related id listed twice',
		mutate: soreEdit((t) => t.replace('tags:', 'related: [sleep-and-recovery, sleep-and-recovery]\ntags:')),
		expected: { file: SORE, entry: 'muscle-soreness', field: 'related.1', message: 'lists "sleep-and-recovery" a second time' },
	},
	{
		name: 'related to itself',
		mutate: soreEdit((t) => t.replace('tags:', 'related: [muscle-soreness]\ntags:')),
		expected: { file: SORE, entry: 'muscle-soreness', field: 'related', message: 'itself' },
	},
	{
		name: 'unknown overlapping id',
		mutate: soreEdit((t) => t.replace('tags:', 'overlaps: [naps]\ntags:')),
		expected: { file: SORE, entry: 'muscle-soreness', field: 'overlaps[0]', message: /unknown overlapping entry id "naps"/ },
	},
	{
		name: 'overlapping an entry it does not list as related',
		mutate: soreEdit((t) => t.replace('tags:', 'overlaps: [sleep-and-recovery]\ntags:')),
		expected: { file: SORE, entry: 'muscle-soreness', field: 'overlaps[0]', message: /"sleep-and-recovery" must also be listed in related/ },
	},
	{
		name: 'overlapping an entry that does not list it back as related',
		mutate: soreEdit((t) => t.replace('tags:', 'related: [sleep-and-recovery]\noverlaps: [sleep-and-recovery]\ntags:')),
		expected: { file: SORE, entry: 'muscle-soreness', field: 'overlaps[0]', message: /entry "sleep-and-recovery" must list "muscle-soreness" in its related/ },
	},
	{
		name: 'overlapping itself',
		mutate: soreEdit((t) => t.replace('tags:', 'overlaps: [muscle-soreness]\ntags:')),
		expected: { file: SORE, entry: 'muscle-soreness', field: 'overlaps', message: 'itself' },
	},
	{
		name: 'tip pointing at an unknown entry',
		mutate: edit('tips.yaml', (t) => t.replace('entry: sleep-and-recovery', 'entry: naps')),
		expected: { file: 'tips.yaml', entry: 'tip-two', field: /^entry/, message: 'unknown entry id "naps"' },
	},
	{
		name: 'tip with no attribution',
		mutate: edit('tips.yaml', (t) => t.replace('    experts: [archambault]\n', '')),
		expected: { file: 'tips.yaml', line: 6, field: 'tips.1.experts', message: 'at least one expert or source' },
	},
	{
		name: 'tip crediting an unknown expert',
		mutate: edit('tips.yaml', (t) => t.replace('experts: [archambault]', 'experts: [house]')),
		expected: { file: 'tips.yaml', entry: 'tip-two', field: 'experts[0]', message: 'unknown expert "house"' },
	},
	{
		name: 'missing experts.yaml',
		mutate: remove('experts.yaml'),
		expected: { file: 'experts.yaml', message: 'missing' },
	},
	{
		name: 'missing disclaimer.md',
		mutate: remove('disclaimer.md'),
		expected: { file: 'disclaimer.md', message: 'missing' },
	},
	{
		// As for front matter: on the error's own line, not the file's first.
		name: 'malformed sources.yaml',
		mutate: edit('sources.yaml', (t) => t.replace('    publisher: Peloton\n', '    publisher: Peloton: Inc\n')),
		expected: { file: 'sources.yaml', line: 5, message: 'not valid YAML' },
	},
	{
		name: 'sources.yaml with a bad url',
		mutate: edit('sources.yaml', (t) => t.replace('url: https://example.org/mouse-study', 'url: not a url')),
		expected: { file: 'sources.yaml', line: 10, field: 'sources.1.url', message: /url/i },
	},
	{
		name: 'pack.yaml naming an unknown article source',
		mutate: edit('pack.yaml', (t) => t.replace('article: article', 'article: blog')),
		expected: { file: 'pack.yaml', field: 'article', message: 'unknown source "blog"' },
	},
	{
		name: 'pack.yaml naming an uncovered subject with no phrases',
		mutate: edit('pack.yaml', (t) => `${t}uncovered:\n  - ibuprofen\n  - { say: heart rate zones, phrases: [] }\n`),
		expected: { file: 'pack.yaml', field: /^uncovered\.1/, message: /at least 1/ },
	},
	{
		name: 'pack.yaml listing an uncovered phrase twice',
		mutate: edit('pack.yaml', (t) => `${t}uncovered:\n  - What heart rate\n  - { say: heart rate zones, phrases: [heart rate zone, what heart rate] }\n`),
		expected: { file: 'pack.yaml', line: 19, field: 'uncovered.1', message: 'lists "what heart rate" a second time' },
	},
	{
		name: 'pack.yaml naming an uncovered subject without its phrases',
		mutate: edit('pack.yaml', (t) => `${t}uncovered:\n  - { say: heart rate zones }\n`),
		expected: { file: 'pack.yaml', line: 18, field: 'uncovered.0', message: 'must be a phrase, or { say: the name the bot says, phrases: [the phrases it listens for] }' },
	},
	{
		name: 'asked.txt listing questions under an entry that does not exist',
		mutate: write('asked.txt', ASKED.replace('[sleep-and-recovery]', '[naps]')),
		expected: { file: 'asked.txt', line: 6, entry: 'naps', message: 'unknown entry id "naps"' },
	},
	{
		name: 'asked.txt with a question before any header',
		mutate: write('asked.txt', `why so sore\n${ASKED}`),
		expected: { file: 'asked.txt', line: 1, message: 'before any [entry-id] header' },
	},
	{
		name: 'empty disclaimer',
		mutate: write('disclaimer.md', ' \n\n'),
		expected: { file: 'disclaimer.md', message: 'empty' },
	},
	{
		name: 'no entries at all',
		mutate: async (dir) => {
			const { rm, mkdir } = await import('node:fs/promises');
			await rm(`${dir}/entries`, { recursive: true });
			await mkdir(`${dir}/entries`);
		},
		expected: { file: 'entries/', message: 'no entries' },
	},
];

describe('loadFaq reports each kind of bad file as a located problem', () => {
	test.each(BAD_FILES)('GIVEN $name WHEN the pack is loaded THEN the problem is reported where it is', async ({ mutate, expected }) => {
		const problems = await problemsAfter(mutate);
		expect(problems).toContainEqual(matcherFor(expected));
		// Nothing else is blamed: every problem is in the broken file.
		expect(problems.map((p) => p.file)).toEqual(problems.map(() => expected.file));
	});

	test('GIVEN two entries with the same id WHEN assembled THEN the second file is named as a duplicate of the first', () => {
		const first = entry({ id: 'twin', question: 'First?', alternates: ['a one', 'a two', 'a three'] });
		const second = { ...entry({ id: 'twin', question: 'Second?', alternates: ['b one', 'b two', 'b three'] }), file: 'entries/other.md' };
		const result = assembleFaq({
			pack: { name: 'P', about: 'A', article: 'article', covers: 'testing', example: 'is this a test?', subject: [], uncovered: [], uncoveredNames: {} },
			entries: [first, second],
			unloadedEntryIds: new Set(),
			experts: EXPERTS,
			sources: SOURCES,
			triage: TRIAGE,
			tips: [],
			disclaimer: 'D',
			synonyms: [],
		});
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.errors).toContainEqual({ file: 'entries/other.md', entry: 'twin', field: 'id', message: 'duplicate id: entries/twin.md already uses it' });
		}
	});
});

describe('loadFaq reports every problem at once', () => {
	test.each([
		{
			name: 'two entries each missing something',
			mutate: all(soreEdit((t) => t.replace('topic: Workouts\n', '')), edit(SLEEP, (t) => t.replace(/^---\n/, ''))),
			expected: [
				{ file: SORE, field: 'topic', message: 'is required' },
				{ file: SLEEP, line: 1, message: 'must start with' },
			],
		},
		{
			name: 'two entries with unknown references',
			mutate: all(soreEdit((t) => t.replace('experts: [archambault, gardner]', 'experts: [house]')), edit(SLEEP, (t) => t.replace('sources: [article]', 'sources: [blog]'))),
			expected: [
				{ file: SORE, field: 'experts[0]', message: '"house"' },
				{ file: SLEEP, field: 'sources[0]', message: '"blog"' },
			],
		},
		{
			name: 'a missing experts.yaml, an empty disclaimer and a broken entry',
			mutate: all(remove('experts.yaml'), write('disclaimer.md', ''), soreEdit((t) => t.replace('id: muscle-soreness', 'id: Bad Id'))),
			expected: [
				{ file: 'experts.yaml', message: 'missing' },
				{ file: 'disclaimer.md', message: 'empty' },
				{ file: SORE, field: 'id', message: 'slug' },
			],
		},
		{
			// Cross-file checks run even when a file has a problem of its own: load.ts promises every
			// problem in every file at once, so a moderator never fixes one only to meet the next.
			name: 'one entry without front matter and another with an unknown expert',
			mutate: all(edit(SLEEP, (t) => t.replace(/^---\n/, '')), soreEdit((t) => t.replace('experts: [archambault, gardner]', 'experts: [house]'))),
			expected: [
				{ file: SLEEP, line: 1, message: 'must start with' },
				{ file: SORE, field: 'experts[0]', message: '"house"' },
			],
		},
	] satisfies { name: string; mutate: Mutation; expected: Expected[] }[])('GIVEN $name WHEN the pack is loaded THEN all of them are reported', async ({ mutate, expected }) => {
		const problems = await problemsAfter(mutate);
		for (const one of expected) expect(problems).toContainEqual(matcherFor(one));
	});
});

describe('formatProblem', () => {
	test.each([
		{ problem: { file: 'entries/a.md', line: 4, entry: 'a', field: 'topic', message: 'is wrong' }, text: 'entries/a.md:4 (entry "a", field "topic"): is wrong' },
		{ problem: { file: 'tips.yaml', entry: 'tip-1', field: 'entry', message: 'unknown' }, text: 'tips.yaml (entry "tip-1", field "entry"): unknown' },
		{ problem: { file: 'experts.yaml', message: 'the file is missing' }, text: 'experts.yaml: the file is missing' },
		{ problem: { file: 'entries/a.md', line: 1, message: 'no front matter' }, text: 'entries/a.md:1: no front matter' },
	])('GIVEN $problem WHEN formatted THEN it reads "$text"', ({ problem, text }) => {
		expect(formatProblem(problem)).toBe(text);
	});
});

const REQUIRED_IDS = [
	'exercise-reduces-inflammation',
	'what-is-inflammation',
	'acute-vs-chronic',
	'why-workouts-cause-inflammation',
	'is-workout-inflammation-bad',
	'muscle-soreness-doms',
	'recovery-factors',
	'regular-exercise-adaptation',
	't-cells-research',
	'body-fat-and-inflammation',
	'chronic-inflammation-risks',
	'best-exercise-type',
	'yoga-gentle-exercise',
	'localized-inflammation-swollen-knee',
	'inflammatory-conditions-lupus',
	'hiit-inflammation',
	'heavy-lifting-sprinting',
	'minimum-exercise-20-minutes',
	'how-much-exercise-weekly',
	'how-long-until-results',
	'lifestyle-habits',
	'anti-inflammatory-diet',
] as const;

describe('the shipped FAQ pack (faq/)', async () => {
	const loaded = await loadFaq(SHIPPED_FAQ_DIR);

	test('GIVEN the shipped pack WHEN it is loaded THEN there are no problems', () => {
		expect(loaded.ok ? [] : loaded.errors.map(formatProblem)).toEqual([]);
	});

	const faq = loaded.ok ? loaded.value : undefined;

	test('GIVEN the shipped pack THEN it has at least 22 entries, including every required one', () => {
		expect(faq?.entries.length).toBeGreaterThanOrEqual(22);
		const ids = new Set(faq?.entries.map((e) => e.id));
		expect(REQUIRED_IDS.filter((id) => !ids.has(id))).toEqual([]);
	});

	test('GIVEN the shipped pack THEN it has at least 30 tips, each linked to an existing entry and attributed', () => {
		expect(faq?.tips.length).toBeGreaterThanOrEqual(30);
		for (const tip of faq?.tips ?? []) {
			expect(faq?.byId.has(tip.entry), `tip ${tip.id} → ${tip.entry}`).toBe(true);
			expect(tip.experts.length + tip.sources.length, `tip ${tip.id} attribution`).toBeGreaterThan(0);
		}
	});

	test('GIVEN the shipped pack THEN every entry has at least 3 alternates, a source and a non-empty answer', () => {
		expect(faq?.entries.length).toBeGreaterThan(0);
		for (const e of faq?.entries ?? []) {
			expect(e.alternates.length, e.id).toBeGreaterThanOrEqual(3);
			expect(e.sources.length, e.id).toBeGreaterThanOrEqual(1);
			expect(e.answer.trim(), e.id).not.toBe('');
		}
	});

	test('GIVEN the shipped pack THEN both experts exist with credentials', () => {
		const experts = [...(faq?.experts.values() ?? [])];
		expect(experts.map((e) => e.name)).toEqual(expect.arrayContaining(['Elizabeth Gardner, MD', 'Schuyler Archambault']));
		for (const expert of experts) expect(expert.credentials.length).toBeGreaterThan(10);
	});

	test('GIVEN the shipped pack THEN its disclaimer says it is not medical advice', () => {
		expect(faq?.disclaimer).toMatch(/not .*medical advice/i);
	});
});

describe('loadFaq with a broken entry that others name', () => {
	test('GIVEN muscle-soreness fails to load and another entry names an unknown entry WHEN loaded THEN the unknown one is reported and muscle-soreness is not called unknown', async () => {
		const problems = await problemsAfter(
			all(
				soreEdit((t) => t.replace(/alternates:\n(?: {2}- .*\n)+/, 'alternates:\n  - only one\n')),
				edit(SLEEP, (t) => t.replace('experts: [archambault]', 'experts: [archambault]\nrelated: [nowhere]')),
			),
		);
		expect(problems).toContainEqual(expect.objectContaining({ file: SORE, field: 'alternates' }));
		expect(problems).toContainEqual(expect.objectContaining({ file: SLEEP, field: 'related[0]', message: 'unknown related entry id "nowhere"' }));
		expect(problems.filter(({ file }) => file === 'entries/exercise-lowers-inflammation.md')).toEqual([]);
	});
});
