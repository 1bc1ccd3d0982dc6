// @ts-check
import { pathToFileURL } from 'node:url';
import { bundle, bundleIsCurrent, bundleOf, exitOnBuildError, PROGRAMS } from './bundle.mjs';

/**
 * `node scripts/run.mjs <program> [arguments]`, what `npm start` and `npm run ask|faq|eval|register`
 * run: the program's bundle in dist/, built again first when src/ has changed since.
 */
const program = process.argv[2] ?? '';
if (!Object.hasOwn(PROGRAMS, program)) {
	process.stderr.write(`Usage: node scripts/run.mjs <${Object.keys(PROGRAMS).join('|')}> [arguments]\n`);
	process.exit(2);
}
if (!bundleIsCurrent()) await bundle().catch(exitOnBuildError);
const file = bundleOf(/** @type {keyof typeof PROGRAMS} */ (program));
// The program reads its own arguments from process.argv.slice(2), as if started directly.
process.argv.splice(1, 2, file);
await import(pathToFileURL(file).href);
