import type { Triage } from '../faq/model.js';
import { words } from './normalise.js';
import { STOPWORDS } from './stopwords.js';
import { createTypoCorrector } from './typos.js';

/**
 * Safety triage runs before any matching: a message that sounds like an emergency must never get an
 * FAQ answer. The red flags are the pack's (`triage.yaml`); rules read normalised words (shorthand
 * spelled out, "can't" → "can not"), so each pattern is written once for the ways members type it.
 * Hyperbole ("this workout killed me") is screened out first, because crying wolf teaches people to
 * ignore the bot.
 */
export type Triager = (text: string) => string | undefined;

export function createTriage(triage: Triage): Triager {
	const hyperbole = triage.hyperbole.map((source) => new RegExp(source, 'g'));
	const rules = triage.rules.map(({ kind, patterns }) => ({ kind, patterns: patterns.map((source) => new RegExp(source)) }));
	// Misspelled alarm words ("chest pian", "sucidal") are corrected against the words the rules
	// use: a missed emergency costs far more than a typo. One edit only: "fasted" is two from
	// "fainted", and a false alarm is not harmless either.
	const alarmWords = createTypoCorrector(
		triage.rules.flatMap(({ patterns }) => patterns.flatMap((source) => source.match(/[a-z]{4,}/g) ?? [])),
		{ keep: STOPWORDS, maxEdits: () => 1 },
	);
	return (text) => {
		const normalised = ` ${alarmWords.correctAll(words(text), { left: Number.POSITIVE_INFINITY }).join(' ')} `;
		const screened = hyperbole.reduce((rest, pattern) => rest.replace(pattern, ' '), normalised);
		return rules.find(({ patterns }) => patterns.some((pattern) => pattern.test(screened)))?.kind;
	};
}
