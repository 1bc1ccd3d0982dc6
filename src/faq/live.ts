import { watch, type FSWatcher } from 'node:fs';
import type { Result } from '../lib/result.js';
import { createEngine, type Engine } from '../match/engine.js';
import { loadFaq } from './load.js';
import type { Problem } from './model.js';

export type ReloadEvent =
	| { readonly ok: true; readonly entries: number }
	| { readonly ok: false; readonly problems: readonly Problem[] };

export interface LiveEngine extends Engine {
	/** Loads the folder again; on any problem the last good FAQ stays in service. */
	reload(): Promise<ReloadEvent>;
	/** Stops watching the folder. */
	close(): void;
}

/** Edits usually arrive as a burst of file events (save, rename, editor swap files). */
const SETTLE_MS = 300;

/**
 * An engine that follows the FAQ folder: a moderator's good edit is served without a restart,
 * and a bad one is reported while the last good FAQ keeps answering.
 */
export async function createLiveEngine(
	dir: string,
	maxQuestionLength: number,
	onReload: (event: ReloadEvent) => void,
): Promise<Result<LiveEngine, Problem>> {
	const first = await loadFaq(dir);
	if (!first.ok) return first;
	let current = createEngine(first.value, { maxQuestionLength });

	const reload = async (): Promise<ReloadEvent> => {
		const loaded = await loadFaq(dir);
		if (!loaded.ok) return { ok: false, problems: loaded.errors };
		current = createEngine(loaded.value, { maxQuestionLength });
		return { ok: true, entries: loaded.value.entries.length };
	};

	let timer: NodeJS.Timeout | undefined;
	let watcher: FSWatcher | undefined;
	try {
		watcher = watch(dir, { recursive: true }, () => {
			clearTimeout(timer);
			timer = setTimeout(() => void reload().then(onReload), SETTLE_MS);
		});
		// A watcher error (the folder was removed) must not crash the bot: it keeps its last FAQ.
		watcher.on('error', (error) => {
			watcher?.close();
			onReload({ ok: false, problems: [{ file: dir, message: `stopped watching for edits: ${error.message}` }] });
		});
	} catch {
		watcher = undefined;
	}

	return {
		ok: true,
		value: {
			get faq() {
				return current.faq;
			},
			get options() {
				return current.options;
			},
			ask: (question) => current.ask(question),
			rank: (question, limit) => current.rank(question, limit),
			suggest: (partial, limit) => current.suggest(partial, limit),
			reload,
			close() {
				clearTimeout(timer);
				watcher?.close();
			},
		},
	};
}
