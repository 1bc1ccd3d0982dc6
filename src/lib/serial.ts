/** Runs async tasks one at a time in the order given, so none sees the half-done work of another. */
export function serially(): <T>(task: () => Promise<T>) => Promise<T> {
	let queue: Promise<unknown> = Promise.resolve();
	return (task) => {
		const next = queue.then(task);
		queue = next.catch(() => undefined);
		return next;
	};
}
