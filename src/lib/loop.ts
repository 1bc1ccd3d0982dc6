import type { Clock } from './clock.js';

/** A step that failed is tried again after this long rather than at once, so a broken database is not hammered. */
const AFTER_ERROR_MS = 60_000;

export interface Loop {
	/** Runs the step now, or right after the run in progress. */
	wake(): void;
	/** Resolves once no run is in progress. */
	idle(): Promise<void>;
	/** Stops for good; resolves once the run in progress has finished. */
	stop(): Promise<void>;
}

/**
 * Runs `step` at once and then again after however many milliseconds it asks for (at once, when 0),
 * waiting on `clock`, so a test drives it by moving its clock. A step that throws is reported and
 * tried again later; the loop itself never stops on an error.
 */
export function startLoop(clock: Clock, step: () => Promise<number>, onError: (error: unknown) => void): Loop {
	let stopped = false;
	let again = false;
	let cancelTimer: (() => void) | undefined;
	let running: Promise<void> | undefined;

	const runSteps = async () => {
		let wait = 0;
		do {
			again = false;
			wait = await step().catch((error: unknown) => {
				onError(error);
				return AFTER_ERROR_MS;
			});
		} while (!stopped && (again || wait <= 0));
		running = undefined;
		if (!stopped) cancelTimer = clock.setTimer(wait, wake);
	};

	function wake(): void {
		if (stopped) return;
		if (running) {
			again = true;
			return;
		}
		cancelTimer?.();
		running = runSteps();
	}

	const idle = async () => {
		while (running) await running;
	};

	wake();
	return {
		wake,
		idle,
		async stop() {
			stopped = true;
			cancelTimer?.();
			await idle();
		},
	};
}
