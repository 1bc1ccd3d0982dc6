import type { Entry, Faq, Tip } from '../faq/model.js';

const DAY_MS = 86_400_000;

export interface TodaysTip {
	readonly tip: Tip;
	/** The FAQ entry the tip comes from, for a "read more" link. */
	readonly entry: Entry;
	/** Who said it: expert names, else source titles. */
	readonly attribution: string;
}

/**
 * The same tip for everyone on a given UTC day, walking through the list in order so that every tip
 * is shown once before any repeats.
 */
export function tipOfTheDay(faq: Faq, now: Date): TodaysTip {
	const day = Math.floor(now.getTime() / DAY_MS);
	const tip = faq.tips[day % faq.tips.length]!;
	const names = tip.experts.map((id) => faq.experts.get(id)?.name).filter((name) => name !== undefined);
	const titles = tip.sources.map((id) => faq.sources.get(id)?.title).filter((title) => title !== undefined);
	return { tip, entry: faq.byId.get(tip.entry)!, attribution: (names.length > 0 ? names : titles).join(', ') };
}
