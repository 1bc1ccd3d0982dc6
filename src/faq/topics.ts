import type { Entry, Faq } from './model.js';

export interface Topic {
	readonly name: string;
	readonly entries: readonly Entry[];
}

/** The FAQ's topics in the order it first mentions them, each with its entries. */
export function topicsOf(faq: Faq): Topic[] {
	const byName = new Map<string, Entry[]>();
	for (const entry of faq.entries) byName.set(entry.topic, [...(byName.get(entry.topic) ?? []), entry]);
	return [...byName].map(([name, entries]) => ({ name, entries }));
}
