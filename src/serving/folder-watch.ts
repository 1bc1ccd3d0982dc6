import { watch, type FSWatcher } from 'node:fs';
import path from 'node:path';

export interface FolderWatch {
	close(): void;
}

/**
 * Calls `onChange` for every change inside `dir`, and when `dir` itself goes or comes back. A watch on
 * a folder dies silently with the folder (deleted and copied back, moved away and back, as a
 * `git checkout` or a deploy does), so the parent folder is watched too: whenever an entry of that
 * name changes there, the watch on `dir` is attached afresh.
 */
export function watchFolder(dir: string, onChange: () => void, onError: (error: Error) => void): FolderWatch {
	const absolute = path.resolve(dir);
	const name = path.basename(absolute);
	let inside: FSWatcher | undefined;

	const attach = () => {
		inside?.close();
		inside = tryWatch(absolute, { recursive: true }, onChange, onError);
	};
	attach();
	const parent = tryWatch(
		path.dirname(absolute),
		{},
		(changed) => {
			// Some platforms do not say which entry changed; then it may have been this one.
			if (changed !== null && changed !== name) return;
			attach();
			onChange();
		},
		onError,
	);

	return {
		close() {
			inside?.close();
			parent?.close();
		},
	};
}

/** A watcher, or none when the folder is not there; a later error closes it and is reported rather than crashing the bot. */
function tryWatch(dir: string, options: { recursive?: boolean }, listener: (changed: string | null) => void, onError: (error: Error) => void): FSWatcher | undefined {
	try {
		const watcher = watch(dir, options, (_event, changed) => listener(changed === null ? null : String(changed)));
		watcher.on('error', (error) => {
			watcher.close();
			onError(error);
		});
		return watcher;
	} catch {
		return undefined;
	}
}
