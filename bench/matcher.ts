import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { questionsOf, readLabelledSet } from '../src/eval/labelled-set.js';
import { LABELLED_SETS } from '../src/eval/sets.js';
import type { Faq } from '../src/faq/model.js';
import { createFileCache } from '../src/lib/file-cache.js';
import { createEngine } from '../src/match/engine.js';
import { generateFaq } from './generated-faq.js';
import { mb, ms, percentile, timeEach } from './stats.js';
import type { TargetName, Verdicts } from './targets.js';

/**
 * Index build time, per-question latency over a few thousand realistic questions (the labelled set,
 * each also with a typo and in upper case), and heap, for the shipped FAQ and a generated 10,000-entry one.
 */
export async function benchMatcher(faq: Faq, print: (line: string) => void, verdicts: Verdicts): Promise<void> {
	const set = await readLabelledSet(LABELLED_SETS[0].file);
	if (!set.ok) throw new Error('the labelled set is needed for realistic questions');
	const base = questionsOf(set.value);
	const questions = [...base, ...base.map(typo), ...base.map((q) => q.toUpperCase()), ...base.map((q) => `${q} ${base[(q.length * 7) % base.length]}`)];
	const rounds = Math.ceil(3000 / questions.length);
	const workload = Array.from({ length: rounds }, () => questions).flat();

	const runs: { label: string; pack: Faq; targets: Partial<Record<'build' | 'p99' | 'suggestP99', TargetName>> }[] = [
		{ label: 'shipped FAQ', pack: faq, targets: { p99: 'shippedP99Ms', suggestP99: 'shippedSuggestP99Ms' } },
		{ label: 'generated 10,000-entry FAQ', pack: generateFaq(faq, 10_000), targets: { build: 'largeBuildMs', p99: 'largeP99Ms', suggestP99: 'largeSuggestP99Ms' } },
	];
	for (const { label, pack, targets } of runs) {
		global.gc?.();
		const heapBefore = process.memoryUsage().heapUsed;
		const start = performance.now();
		const engine = createEngine(pack);
		const build = performance.now() - start;
		global.gc?.();
		const heap = process.memoryUsage().heapUsed - heapBefore;
		for (const q of questions.slice(0, 200)) engine.ask(q); // warm the JIT before timing
		const times = timeEach(workload, (q) => engine.ask(q));
		const short = 'how long until exercise lowers inflammation';
		const long = `${short} `.repeat(100).slice(0, 4000);
		const shortTimes = timeEach(Array.from({ length: 500 }, () => short), (q) => engine.ask(q));
		const longTimes = timeEach(Array.from({ length: 500 }, () => long), (q) => engine.ask(q));
		// With the limit raised to Discord's own, the long question is matched rather than refused.
		const lenient = createEngine(pack, { maxQuestionLength: 6000 });
		const longMatched = timeEach(Array.from({ length: 500 }, () => long), (q) => lenient.ask(q));
		// Autocomplete sees every keystroke: prefixes of the questions, cut mid-word.
		const typing = questions.slice(0, 1000).map((q, i) => q.slice(0, Math.max(2, Math.floor((q.length * ((i % 9) + 1)) / 10))));
		const suggestTimes = timeEach(typing, (prefix) => engine.suggest(prefix, 25));
		print(`${label} (${pack.entries.length} entries)`);
		print(`  index build: ${ms(build)}   heap for the index: ${mb(heap)}   heap used now: ${mb(process.memoryUsage().heapUsed)}`);
		if (targets.build) {
			const { written, reused } = timeCachedStart(pack);
			print(`  with the persisted index: first start ${ms(written)} (analysed and written), unchanged FAQ ${ms(reused)} (read back)${verdicts.mark(targets.build, reused)}`);
		}
		print(`  ${times.length} questions: p50 ${ms(percentile(times, 50))}, p99 ${ms(percentile(times, 99))}${verdicts.mark(targets.p99, percentile(times, 99))}, max ${ms(times.at(-1)!)}`);
		print(`  autocomplete (25 suggestions) for ${typing.length} half-typed questions: p50 ${ms(percentile(suggestTimes, 50))}, p99 ${ms(percentile(suggestTimes, 99))}${verdicts.mark(targets.suggestP99, percentile(suggestTimes, 99))}`);
		print(`  short question p50 ${ms(percentile(shortTimes, 50))}; 4,000 characters: refused at the default limit in p50 ${ms(percentile(longTimes, 50))}, matched with MAX_QUESTION_LENGTH=6000 in p50 ${ms(percentile(longMatched, 50))}`);
	}
}

/** A start that writes the persisted index, then one that reads it back, in a folder of their own. */
function timeCachedStart(pack: Faq): { written: number; reused: number } {
	const dir = mkdtempSync(path.join(tmpdir(), 'cooldown-index-'));
	try {
		const indexCache = createFileCache(dir);
		const first = performance.now();
		createEngine(pack, { indexCache });
		const written = performance.now() - first;
		const second = performance.now();
		createEngine(pack, { indexCache });
		return { written, reused: performance.now() - second };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** A realistic typo: two neighbouring letters swapped in the longest word. */
function typo(question: string): string {
	const words = question.split(' ');
	const longest = words.reduce((a, b) => (b.length > a.length ? b : a), '');
	if (longest.length < 5) return question;
	const i = Math.floor(longest.length / 2);
	const swapped = longest.slice(0, i) + longest[i + 1] + longest[i] + longest.slice(i + 2);
	return words.map((w) => (w === longest ? swapped : w)).join(' ');
}
