import type { Result } from '../lib/result.js';
import { serially } from '../lib/serial.js';
import type { Engine } from '../match/engine.js';
import { diffFaqs, isUnchanged, type FaqDiff } from '../faq/diff.js';
import { watchFolder } from './folder-watch.js';
import type { Faq, Problem } from '../faq/model.js';
import { packChecker, type CheckedPack, type CheckOptions, type PackChecker } from './pack-check.js';
import { readPackFiles } from '../faq/pack-files.js';

export type ReloadEvent =
	| { readonly ok: true; readonly entries: number; readonly changes: FaqDiff }
	| { readonly ok: false; readonly problems: readonly Problem[] };

export interface LiveEngine extends Engine {
	/** Checks the folder again; on any problem the last good FAQ stays in service. */
	reload(): Promise<ReloadEvent>;
	/** The check every reload runs; an edit made elsewhere (a moderator's command) runs this one too. */
	readonly check: PackChecker;
	/** Serves a pack that passed `check` (an edit just written) without waiting for the watcher. */
	serve(pack: CheckedPack): Promise<FaqDiff>;
	/** Stops watching the folder. */
	close(): void;
}

export interface LiveOptions {
	/** What would not fit where answers are shown; see `CheckOptions.fits`. None is checked without it. */
	readonly fits?: CheckOptions['fits'];
	/** Quiet time after the last file event before reloading; tests pass a few milliseconds. */
	readonly settleMs?: number;
	/** Where a large FAQ's index is kept between runs; see `CheckOptions.indexCache`. */
	readonly indexCache?: CheckOptions['indexCache'];
	/** Where the questions members asked are kept counted; see `CheckOptions.askedCache`. */
	readonly askedCache?: CheckOptions['askedCache'];
	readonly matcher?: CheckOptions['matcher'];
	/** Where packs that passed are noted; see `CheckOptions.passed`. */
	readonly passed?: CheckOptions['passed'];
}

/** Edits usually arrive as a burst of file events (save, rename, editor swap files). */
const SETTLE_MS = 300;

/**
 * An engine that follows the FAQ folder: a moderator's good edit is served without a restart, a bad
 * one (anything `npm run faq -- check` refuses) is reported while the last good FAQ keeps answering,
 * and the folder may be replaced wholesale (a deploy, a `git checkout`) without the watch being lost.
 */
export async function createLiveEngine(
	dir: string,
	maxQuestionLength: number,
	onReload: (event: ReloadEvent) => void,
	options: LiveOptions = {},
): Promise<Result<LiveEngine, Problem>> {
	const { fits = () => [], settleMs, ...engine } = options;
	const check = packChecker({ maxQuestionLength, fits, ...engine });
	const first = await readPackFiles(dir);
	if (!first.ok) return first;
	const checked = check(first.value);
	if (!checked.ok) return checked;
	let current = checked.value;

	const swap = (pack: CheckedPack): FaqDiff => {
		const changes = diffFaqs(current.faq, pack.faq);
		current = pack;
		return changes;
	};

	// Reloads and served edits take turns, so a reload that read the files before an edit was written
	// can never replace the edit's pack after it was served.
	const oneAtATime = serially();
	const reload = () =>
		oneAtATime(async (): Promise<ReloadEvent> => {
			const files = await readPackFiles(dir);
			if (!files.ok) return { ok: false, problems: [{ file: dir, message: 'the FAQ folder is missing (moved or deleted?); still serving the last good FAQ until it is back' }] };
			const verdict = check(files.value);
			if (!verdict.ok) return { ok: false, problems: verdict.errors };
			return { ok: true, entries: verdict.value.faq.entries.length, changes: swap(verdict.value) };
		});
	const serve = (pack: CheckedPack) => oneAtATime(async () => swap(pack));

	// The watcher reports every outcome except a reload that changed nothing after a good one (our own
	// write, an editor touching a file): a moderator needs to hear about problems and changes, not echoes.
	let lastOk = true;
	// A reload already under way when the engine is closed is not reported: whoever listened is gone.
	let closed = false;
	const reloadAndReport = async () => {
		const event = await reload();
		if (!closed && !(event.ok && lastOk && isUnchanged(event.changes))) onReload(event);
		lastOk = event.ok;
	};
	let timer: NodeJS.Timeout | undefined;
	const watcher = watchFolder(
		dir,
		() => {
			clearTimeout(timer);
			timer = setTimeout(() => void reloadAndReport(), settleMs ?? SETTLE_MS);
		},
		// Rare (the system's limit on watches, say), and edits go unnoticed until the folder is replaced or the bot restarts.
		(error) => onReload({ ok: false, problems: [{ file: dir, message: `stopped watching for edits (${error.message}); still serving the last good FAQ, restart to follow edits again` }] }),
	);

	return {
		ok: true,
		value: {
			get faq(): Faq {
				return current.faq;
			},
			get options() {
				return current.engine.options;
			},
			ask: (question) => current.engine.ask(question),
			triage: (message) => current.engine.triage(message),
			rank: (question, limit) => current.engine.rank(question, limit),
			suggest: (partial, limit) => current.engine.suggest(partial, limit),
			reload,
			check,
			serve,
			close() {
				closed = true;
				clearTimeout(timer);
				watcher.close();
			},
		},
	};
}
