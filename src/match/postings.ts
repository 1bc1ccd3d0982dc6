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
	readonly #pairs: { term: number[]; entry: number[]; weight: number[] } = { term: [], entry: [], weight: [] };

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
		for (const id of this.#touched) {
			this.#pairs.term.push(id);
			this.#pairs.entry.push(entry);
			this.#pairs.weight.push(this.#weight[id]!);
			this.#weight[id] = 0;
		}
		this.#touched.length = 0;
	}

	build(): Map<string, Postings> {
		const { term, entry, weight } = this.#pairs;
		// A counting sort by term keeps each term's entries in the order they were filed.
		const start = new Int32Array(this.#terms.length + 1);
		for (const id of term) start[id + 1]! += 1;
		for (let id = 0; id < this.#terms.length; id++) start[id + 1]! += start[id]!;
		const next = start.slice(0, -1);
		const entries = new Int32Array(term.length);
		const weights = new Float64Array(term.length);
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
