/** Per-member rate limit on questions. Only ids and deadlines are kept, never what was asked. */
export interface Cooldown {
	/** When the member may ask again (ms since the epoch), or undefined when they may ask now. */
	until(userId: string): number | undefined;
	/** Starts the member's cooldown from now. */
	start(userId: string): void;
}

export function createCooldown(seconds: number, now: () => number = Date.now): Cooldown {
	const durationMs = seconds * 1000;
	// Every deadline is "start + duration" and a restart re-inserts, so insertion order is deadline
	// order: pruning stops at the first live entry and the map never outgrows the active members.
	const deadlines = new Map<string, number>();
	const prune = (time: number) => {
		for (const [userId, deadline] of deadlines) {
			if (deadline > time) break;
			deadlines.delete(userId);
		}
	};
	return {
		until(userId) {
			prune(now());
			return deadlines.get(userId);
		},
		start(userId) {
			if (durationMs === 0) return;
			const time = now();
			prune(time);
			deadlines.delete(userId);
			deadlines.set(userId, time + durationMs);
		},
	};
}
