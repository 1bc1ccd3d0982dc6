import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { bundle, bundleIsCurrent } from '../scripts/bundle.mjs';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Where the programs the tests spawn keep their database and caches (see tests/fixtures/cli.ts). */
		readonly cliDataDir: string;
	}
}

/**
 * The programs the tests spawn run from dist/: build it once here rather than in every one of them
 * at once. They keep their data in a folder of this run's own, removed at the end.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	if (!bundleIsCurrent()) await bundle();
	const dataDir = await mkdtemp(path.join(tmpdir(), 'cooldown-tests-'));
	project.provide('cliDataDir', dataDir);
	return () => rm(dataDir, { recursive: true, force: true });
}
