/** The entries that use a term, in entry order, with the weight of the best field it appears in. */
export interface Postings {
	readonly entries: Int32Array;
	readonly weights: Float64Array;
}

/**
 * Gathers term weights one entry at a time and packs them into one typed array per term. A
 * 10,000-entry FAQ has over a million (term, entry) pairs: kept as flat numbers rather than a map
 * per entry and a growing array per term, they are cheap to collect and to scan.
 */
export class PostingsBuilder {
	readonly #ids = new Map<string, number>();
	readonly #terms: string[] = [];
	/** The current entry's weight per term id; 0 where the entry does not use the term. */
	#weight = new Float64Array(1024);
	readonly #touched: number[] = [];
	/** Every (term, entry, weight) filed so far, in growable typed arrays. */
	#pairs = { term: new Int32Array(1 << 16), entry: new Int32Array(1 << 16), weight: new Float64Array(1 << 16) };
	#filed = 0;

	/** The current entry uses `term` with at least this (positive) weight. */
	raise(term: string, weight: number): void {
		let id = this.#ids.get(term);
		if (id === undefined) {
			id = this.#terms.push(term) - 1;
			this.#ids.set(term, id);
			if (id >= this.#weight.length) {
				const grown = new Float64Array(this.#weight.length * 2);
				grown.set(this.#weight);
				this.#weight = grown;
			}
		}
		const current = this.#weight[id]!;
		if (current === 0) this.#touched.push(id);
		if (weight > current) this.#weight[id] = weight;
	}

	/** Files the current entry's terms under `entry`; entries must come in increasing order. */
	endEntry(entry: number): void {
		if (this.#filed + this.#touched.length > this.#pairs.term.length) this.#growPairs(this.#filed + this.#touched.length);
		const { term, entry: entries, weight } = this.#pairs;
		for (const id of this.#touched) {
			term[this.#filed] = id;
			entries[this.#filed] = entry;
			weight[this.#filed] = this.#weight[id]!;
			this.#filed += 1;
			this.#weight[id] = 0;
		}
		this.#touched.length = 0;
	}

	#growPairs(needed: number): void {
		let size = this.#pairs.term.length;
		while (size < needed) size *= 2;
		const grow = <T extends Int32Array | Float64Array>(from: T, make: (n: number) => T): T => {
			const to = make(size);
			to.set(from);
			return to;
		};
		this.#pairs = {
			term: grow(this.#pairs.term, (n) => new Int32Array(n)),
			entry: grow(this.#pairs.entry, (n) => new Int32Array(n)),
			weight: grow(this.#pairs.weight, (n) => new Float64Array(n)),
		};
	}

	build(): Map<string, Postings> {
		const filed = this.#filed;
		const term = this.#pairs.term.subarray(0, filed);
		const { entry, weight } = this.#pairs;
		// A counting sort by term keeps each term's entries in the order they were filed.
		const start = new Int32Array(this.#terms.length + 1);
		for (const id of term) start[id + 1]! += 1;
		for (let id = 0; id < this.#terms.length; id++) start[id + 1]! += start[id]!;
		const next = start.slice(0, -1);
		const entries = new Int32Array(filed);
		const weights = new Float64Array(filed);
		term.forEach((id, i) => {
			const at = next[id]!++;
			entries[at] = entry[i]!;
			weights[at] = weight[i]!;
		});
		return new Map(
			this.#terms.map((name, id) => [name, { entries: entries.subarray(start[id], start[id + 1]), weights: weights.subarray(start[id], start[id + 1]) }]),
		);
	}
}
