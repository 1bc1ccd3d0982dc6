import { bundle, bundleIsCurrent } from '../scripts/bundle.mjs';

/** The programs the tests spawn run from dist/: build it once here rather than in every one of them at once. */
export default async function setup(): Promise<void> {
	if (!bundleIsCurrent()) await bundle();
}
