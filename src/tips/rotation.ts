import type { Faq, Tip } from '../faq/model.js';

export interface NextTip {
	readonly tip: Tip;
	/** Every tip had been shown: this one begins the next round. */
	readonly newRound: boolean;
}

/**
 * A guild's next tip: the first, in the FAQ's order, it has not been shown this round. `shown` is
 * the round so far, oldest first; ids the FAQ no longer has are ignored, and a tip added since
 * joins the round. A new round never opens with the tip that closed the last one.
 */
export function nextTip(faq: Faq, shown: readonly string[]): NextTip {
	const seen = new Set(shown);
	const fresh = faq.tips.find((tip) => !seen.has(tip.id));
	if (fresh) return { tip: fresh, newRound: false };
	const latest = shown.at(-1);
	return { tip: faq.tips.find((tip) => tip.id !== latest) ?? faq.tips[0]!, newRound: true };
}
