import { writeFile } from 'node:fs/promises';
import { askedFile } from '../eval/asked.js';
import { readLabelledSet } from '../eval/labelled-set.js';
import { labelledSet } from '../eval/sets.js';
import { FAQ_FILES } from '../faq/files.js';
import { formatProblem } from '../faq/model.js';
import { exitWith } from './context.js';

/** `npm run -s asked`: writes faq/asked.txt from the development set's in-scope questions. */
const { file } = labelledSet('development');
const development = await readLabelledSet(file);
if (!development.ok) exitWith(development.errors.map(formatProblem));
const target = `faq/${FAQ_FILES.asked}`;
await writeFile(target, askedFile(development.value));
console.log(`${target}: the ${development.value.in_scope.length} in-scope questions of ${file}`);
