import { resolve, type Entry, type Faq, type Tip } from '../faq/model.js';

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
	return describeTip(faq, faq.tips[day % faq.tips.length]!);
}

/** A tip the FAQ still has, by id; a reload may have removed the one a guild was shown. */
export function tipById(faq: Faq, id: string): TodaysTip | undefined {
	const tip = faq.tips.find((candidate) => candidate.id === id);
	return tip && describeTip(faq, tip);
}

/** A tip of `faq` with its entry and attribution; a validated FAQ resolves every tip's references. */
export function describeTip(faq: Faq, tip: Tip): TodaysTip {
	const names = resolve(tip.experts, faq.experts).map(({ name }) => name);
	const titles = resolve(tip.sources, faq.sources).map(({ title }) => title);
	return { tip, entry: faq.byId.get(tip.entry)!, attribution: (names.length > 0 ? names : titles).join(', ') };
}
