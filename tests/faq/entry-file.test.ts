import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { serializeEntry } from '../../src/faq/entry-file.js';
import { parseEntryFile } from '../../src/faq/load.js';
import { entryFrontMatterSchema } from '../../src/faq/schema.js';
import { MIN_FAQ_DIR, PROJECT_DIR, SHIPPED_FAQ_DIR } from '../fixtures/faq.js';

async function entryFiles(dir: string) {
	const names = (await readdir(path.join(dir, 'entries'))).sort();
	return Promise.all(names.map(async (name) => ({ name, text: await readFile(path.join(dir, 'entries', name), 'utf8') })));
}

const shipped = await entryFiles(SHIPPED_FAQ_DIR);
const mini = await entryFiles(MIN_FAQ_DIR);

function parsed(file: string, text: string) {
	const result = parseEntryFile(file, text);
	if (!result.ok) throw new Error(`test setup: ${file} does not parse: ${JSON.stringify(result.errors)}`);
	return result.value;
}

function sore() {
	const file = mini.find(({ name }) => name === 'muscle-soreness.md');
	if (!file) throw new Error('test setup: the mini pack has no muscle-soreness.md');
	return parsed('entries/muscle-soreness.md', file.text);
}

describe('serializeEntry', () => {
	test('GIVEN the shipped pack THEN it has entries to round-trip', () => {
		expect(shipped.length).toBeGreaterThanOrEqual(22);
	});

	test.each([...shipped, ...mini])('GIVEN entry file $name WHEN loaded and written back THEN the bytes are the same', ({ name, text }) => {
		expect(serializeEntry(parsed(`entries/${name}`, text))).toBe(text);
	});

	test.each([
		{ name: 'a colon in the question', change: { question: 'Ice: does it help?' }, line: 'question: "Ice: does it help?"' },
		{ name: 'a comma inside a tag', change: { tags: ['rest, sleep', 'naps'] }, line: 'tags: ["rest, sleep", naps]' },
		{ name: 'a question that reads as a number', change: { question: '42' }, line: 'question: "42"' },
		{ name: 'a question starting with a quote', change: { question: '"Cardio" or weights?' }, line: `question: '"Cardio" or weights?'` },
		{ name: 'a long alternate', change: { alternates: ['x '.repeat(120).trim(), 'b', 'c'] }, line: `  - ${'x '.repeat(120).trim()}` },
		{ name: 'no experts', change: { experts: [] }, line: 'experts: []' },
	])('GIVEN $name WHEN written and read again THEN the entry is unchanged and the line reads as a person would write it', ({ change, line }) => {
		const entry = { ...sore(), ...change };
		const text = serializeEntry(entry);
		expect(text.split('\n')).toContain(line);
		expect(parsed('entries/muscle-soreness.md', text)).toEqual(entry);
	});

	test('GIVEN an answer with surrounding blank lines WHEN written THEN the file ends in the answer and one newline', () => {
		const entry = { ...sore(), answer: '\n\nFirst paragraph.\n\nSecond.\n\n' };
		expect(serializeEntry(entry).endsWith('---\nFirst paragraph.\n\nSecond.\n')).toBe(true);
	});
});

describe("the README's entry example", () => {
	test('GIVEN the example in "Editing the FAQ" WHEN parsed as an entry file THEN it is valid and shows every field', async () => {
		const readme = await readFile(path.join(PROJECT_DIR, 'README.md'), 'utf8');
		const example = /```markdown\n(---\nid: [\s\S]*?)```/.exec(readme)?.[1];
		expect(example).toBeDefined();
		const entry = parsed('entries/hiit-inflammation.md', example ?? '');
		expect(Object.keys(entryFrontMatterSchema.shape).filter((field) => !new RegExp(`^${field}:`, 'm').test(example ?? ''))).toEqual([]);
		expect(entry.id).toBe('hiit-inflammation');
	});
});
