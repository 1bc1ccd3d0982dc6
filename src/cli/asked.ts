import { writeFile } from 'node:fs/promises';
import { askedFile } from '../eval/asked.js';
import { readLabelledSet } from '../eval/labelled-set.js';
import { labelledSet } from '../eval/sets.js';
import { FAQ_FILES } from '../faq/files.js';
import { formatProblem } from '../faq/model.js';
import { readCommandLine } from './args.js';
import { exitWith } from './context.js';

/** `npm run -s asked`: writes faq/asked.txt from the development set's in-scope questions. */
readCommandLine({
	usage: [
		'Usage: npm run -s asked',
		'',
		"Writes faq/asked.txt from the development set's in-scope questions (tests/eval/development.yaml),",
		'one per line under its entry id: what the matcher learns members mean by their words. Run it',
		'after changing the development set; tests/eval/asked.test.ts fails while the file is stale.',
	],
});
const { file } = labelledSet('development');
const development = await readLabelledSet(file);
if (!development.ok) exitWith(development.errors.map(formatProblem));
const target = `faq/${FAQ_FILES.asked}`;
await writeFile(target, askedFile(development.value));
console.log(`${target}: the ${development.value.in_scope.length} in-scope questions of ${file}`);
