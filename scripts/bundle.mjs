// @ts-check
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Cooldown's programs run from an esbuild bundle of src/ in dist/: plain Node starts it in a
 * fraction of the time tsx takes to compile the TypeScript on every run. `npm run build` (this
 * file) writes it; scripts/run.mjs writes it too whenever src/ has changed since.
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DIST = path.join(ROOT, 'dist');

/** Each program by the name its npm script gives it, and its entry point under src/. */
export const PROGRAMS = /** @type {const} */ ({ start: 'main', ask: 'cli/ask', faq: 'cli/faq', eval: 'cli/eval', register: 'discord/register' });

/** Where a program's bundle is. */
export function bundleOf(/** @type {keyof typeof PROGRAMS} */ program) {
	return path.join(DIST, `${PROGRAMS[program]}.js`);
}

/** Whether every program's bundle is newer than every file it is built from. */
export function bundleIsCurrent() {
	// The libraries bundled in come from node_modules: a change of the lockfile changes them.
	const sources = [fileURLToPath(import.meta.url), path.join(ROOT, 'package-lock.json'), ...readdirSync(path.join(ROOT, 'src'), { recursive: true, encoding: 'utf8' }).map((file) => path.join(ROOT, 'src', file))];
	const newestSource = Math.max(...sources.map((file) => statSync(file).mtimeMs));
	return Object.keys(PROGRAMS).every((program) => (statSync(bundleOf(/** @type {keyof typeof PROGRAMS} */ (program)), { throwIfNoEntry: false })?.mtimeMs ?? 0) > newestSource);
}

/**
 * Builds every program into a new folder and swaps it in whole, so a program started meanwhile
 * (tests run several at once) reads the old bundle or the new one, never half of each.
 */
export async function bundle() {
	const esbuild = await import('esbuild');
	const fresh = mkdtempSync(`${DIST}-`);
	try {
		await esbuild.build({
			absWorkingDir: ROOT,
			entryPoints: Object.values(PROGRAMS).map((entry) => `src/${entry}.ts`),
			outbase: 'src',
			outdir: fresh,
			bundle: true,
			// The Discord layer is imported only when a token is set: a chunk of its own keeps it out of the chat's start-up.
			splitting: true,
			format: 'esm',
			platform: 'node',
			target: 'node20',
			// Maps that point into src/ and node_modules/ rather than carry copies of them: a third of the size, and
			// reading them is part of every start with --enable-source-maps.
			sourcemap: true,
			sourcesContent: false,
			// The small pure-JavaScript libraries load faster inside the bundle than as dozens of files each. discord.js
			// and pino stay packages: they load optional native modules and worker files of their own by path, and so
			// do the native SQLite driver and the chart rasteriser.
			external: ['discord.js', 'pino', 'better-sqlite3', '@resvg/resvg-js'],
			// dotenv is CommonJS and calls require(); an ES module has none of its own.
			banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
			// A name for this build (src/lib/build.ts): what a start remembers as checked holds for this build only.
			define: { __COOLDOWN_BUILD__: JSON.stringify(randomUUID()) },
			logLevel: 'warning',
		});
		const old = `${fresh}-old`;
		try {
			renameSync(DIST, old);
		} catch (error) {
			if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'ENOENT') throw error;
		}
		try {
			renameSync(fresh, DIST);
		} catch (error) {
			// Another build swapped its own in first: built from the same sources, it serves as well.
			if (!['ENOTEMPTY', 'EEXIST'].includes(/** @type {NodeJS.ErrnoException} */ (error).code ?? '')) throw error;
		}
		rmSync(old, { recursive: true, force: true });
	} finally {
		rmSync(fresh, { recursive: true, force: true });
	}
}

/** For the command line: a build error has been printed by esbuild already, with file and line; the rest is noise. */
export function exitOnBuildError(/** @type {unknown} */ error) {
	if (!(error instanceof Error && 'errors' in error)) throw error;
	process.stderr.write('src/ does not build: esbuild says why above.\n');
	process.exit(1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await bundle().catch(exitOnBuildError);
