/**
 * Time as a parameter. Everything that acts at a moment (the daily tips, retention) reads the time
 * and waits through this, so a test can move time forward instead of sleeping. Only timers made
 * here follow a test's clock; discord.js keeps its real ones.
 */
export interface Clock {
	/** Milliseconds since the epoch. */
	now(): number;
	/** Calls `run` once `ms` have passed on this clock; the returned function cancels it. */
	setTimer(ms: number, run: () => void): () => void;
}

/** Node's setTimeout cannot wait longer than this (about 24.8 days). */
const MAX_TIMER_MS = 2 ** 31 - 1;

export const systemClock: Clock = {
	now: () => Date.now(),
	setTimer(ms, run) {
		const timer = setTimeout(run, Math.min(Math.max(0, ms), MAX_TIMER_MS));
		// A pending wake-up must not keep a finished process alive.
		timer.unref();
		return () => clearTimeout(timer);
	},
};
