import { fail, ok, type Result } from '../lib/result.js';
import type { Problem } from './model.js';
import { slug } from './schema.js';

/** The questions listed under one entry's header, and the header's line for messages about it. */
export interface AskedSection {
	readonly id: string;
	readonly line: number;
	readonly questions: readonly string[];
}

const HEADER = /^\[(.*)\]$/;

/**
 * A question as one line of `asked.txt`. The parser skips a line starting with `#` and opens a
 * section at one in brackets, so a question of either shape would be lost or start a bogus
 * section: the marks are peeled off (the matcher learns from the words) until neither is left.
 * A question of marks alone comes out empty.
 */
export function askedLine(question: string): string {
	let line = question.replace(/\s+/g, ' ').trim();
	while (line.startsWith('#') || HEADER.test(line)) line = line.replace(/^#+/, '').replace(HEADER, '$1').trim();
	return line;
}

/**
 * `asked.txt`: questions members asked, one per line, under a `[entry-id]` header naming the
 * entry that answers them; `#` starts a comment line. Plain lines rather than YAML because the
 * file holds thousands of questions, which must cost nothing to read at every start, and a
 * question needs no quoting.
 */
export function parseAsked(source: string, file: string): Result<readonly AskedSection[], Problem> {
	const problems: Problem[] = [];
	const sections: { id: string; line: number; questions: string[] }[] = [];
	const seen = new Map<string, number>();
	// Under a header that is itself a problem, questions are kept aside: one problem, not one per line.
	let current: { questions: string[] } | undefined;
	for (const [index, raw] of source.split(/\r?\n/).entries()) {
		const line = index + 1;
		const text = raw.trim();
		if (text === '' || text.startsWith('#')) continue;
		const header = HEADER.exec(text);
		if (!header) {
			if (current) current.questions.push(text);
			else problems.push({ file, line, message: 'a question before any [entry-id] header: say which entry answers it' });
			continue;
		}
		const id = slug.safeParse(header[1]!.trim());
		const earlier = id.success ? seen.get(id.data) : undefined;
		current = { questions: [] };
		if (!id.success) problems.push({ file, line, message: `the entry id in [${header[1]}] ${id.error.issues[0]!.message}` });
		else if (earlier !== undefined) problems.push({ file, line, entry: id.data, message: `[${id.data}] is already a header on line ${earlier}: list its questions there` });
		else {
			seen.set(id.data, line);
			sections.push({ id: id.data, line, questions: current.questions });
		}
	}
	return problems.length === 0 ? ok(sections) : fail(problems);
}
