import { askedLine } from '../faq/asked-file.js';
import type { LabelledSet } from './labelled-set.js';

/**
 * The development set's in-scope questions as the pack's `asked.txt`, each under the entry its
 * labeller named first: the questions the matcher learns from are the ones the content was
 * written against, and never the calibration or held-out questions, which must stay unseen.
 */
export function askedFile(development: LabelledSet): string {
	const byEntry = new Map<string, string[]>();
	for (const { q, ids } of development.in_scope) {
		const line = askedLine(q);
		// Marks alone say nothing to learn from; an empty line would not read back anyway.
		if (line === '') continue;
		const questions = byEntry.get(ids[0]!) ?? byEntry.set(ids[0]!, []).get(ids[0]!)!;
		questions.push(line);
	}
	const sections = [...byEntry.keys()].sort().map((id) => `[${id}]\n${byEntry.get(id)!.join('\n')}\n`);
	return [HEADER, ...sections].join('\n');
}

const HEADER = `# Questions members asked, under the id of the entry that answers them, one per line. The
# matcher learns from them which words point to which entry. Written by \`npm run -s asked\` from
# the development set (tests/eval/development.yaml): edit that file, not this one.
`;
