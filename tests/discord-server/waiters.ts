interface Pending<T> {
	accepts: (value: T) => boolean;
	resolve: (value: T) => void;
	reject: (error: Error) => void;
	timer: NodeJS.Timeout;
}

/**
 * Promises that settle when a matching value is offered, or fail after a
 * deadline with an error built at that moment, so it can describe what was
 * seen instead.
 */
export class Waiters<T> {
	readonly #pending = new Set<Pending<T>>();

	wait(timeoutMs: number, timeoutError: () => Error, accepts: (value: T) => boolean = () => true): Promise<T> {
		return new Promise((resolve, reject) => {
			const pending: Pending<T> = {
				accepts,
				resolve,
				reject,
				timer: setTimeout(() => this.#settle(pending, () => reject(timeoutError())), timeoutMs),
			};
			this.#pending.add(pending);
		});
	}

	offer(value: T): void {
		for (const pending of this.#pending) {
			if (pending.accepts(value)) this.#settle(pending, () => pending.resolve(value));
		}
	}

	rejectAll(error: Error): void {
		for (const pending of this.#pending) this.#settle(pending, () => pending.reject(error));
	}

	#settle(pending: Pending<T>, settle: () => void): void {
		clearTimeout(pending.timer);
		this.#pending.delete(pending);
		settle();
	}
}
