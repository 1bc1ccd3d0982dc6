import { words } from './normalise.js';
import { STOPWORDS } from './stopwords.js';
import { createTypoCorrector } from './typos.js';
import type { UrgentKind } from './types.js';

/**
 * Safety triage runs before any matching: a message that sounds like an emergency must never get an
 * FAQ answer. Rules read normalised words (shorthand spelled out, "can't" → "can not"), so each
 * pattern is written once for the ways members type it. Hyperbole ("this workout killed me",
 * "dying after leg day lol") is screened out first, because crying wolf teaches people to ignore it.
 */

const HYPERBOLE: readonly RegExp[] = [
	/\b(feel|feeling|felt) like (i am |im )?(dying|dead|death)\b/,
	/\b(killed|killing|destroyed|murdered) me\b/,
	/\bcould kill for\b/,
	/\b(i am|im) dead\b/,
	/\bdying (from|of) (doms|soreness|sore)/,
];

const RULES: readonly { kind: UrgentKind; patterns: readonly RegExp[] }[] = [
	{
		kind: 'self-harm',
		patterns: [
			/\b(kill|killing) (myself|my self)\b/,
			// "I hurt myself lifting" is an injury; hurting oneself on purpose is said with intent words.
			/\b(want|wanting|going|thinking|thought|think|urge|urges|plan|planning|tempted)( to| of| about)? (hurt|hurting|harm|harming|cut|cutting) (myself|my self)\b/,
			/\bkms\b/,
			/\b(suicide|suicidal|suicidality)\b/,
			/\bself ?harm/,
			/\b(want|wanted|going|gonna|ready) to die\b/,
			/\bwish (i was|i were|to be) dead\b/,
			/\b(do not|dont|no longer) want to (be alive|live|exist|wake up)\b/,
			/\bend (it all|my life|it tonight|it today)\b/,
			/\bnot worth living\b/,
			/\bbetter off dead\b/,
		],
	},
	{
		kind: 'cardiac',
		patterns: [
			/\bchest (pain|pains|hurts|hurting|pressure|tightness|tight|heavy|heaviness|feels tight|feels heavy|is tight|is heavy|feels really tight)/,
			/\b(pain|pressure|tightness|squeezing|crushing|heaviness|ache) (in|on|across) (my |his |her |the )?chest\b/,
			/\bheart attack\b/,
			/\bpain (spreading|going|radiating|shooting) (down|into|to) (my |the )?(left )?(arm|jaw)\b/,
			/\bheart (is )?(racing|pounding|beating) (really |very |super )?(irregular|erratic|out of rhythm)/,
		],
	},
	{
		kind: 'fainting',
		patterns: [
			/\b(fainted|fainting|faint|passed out|passing out|pass out|blacked out|blacking out|black out|lost consciousness|collapsed|collapse)\b/,
			/\b(not|isnt|is not|wont|will not) (responding|waking up|wake up)\b/,
			/\bunconscious\b/,
		],
	},
	{
		kind: 'breathing',
		patterns: [
			/\b(can not|cannot|cant|could not|couldnt|unable to|struggling to) (breathe|breath|catch (my|his|her) breath)\b/,
			/\b(trouble|difficulty|hard time|problems?) breathing\b/,
			/\bshort(ness)? of breath\b.*\b(wont|will not|not) (stop|go away|getting better|settle)/,
			/\bshort(ness)? of breath\b.*\b(for|over) \d+ (minutes|mins|hours)/,
			/\b(lips|face) (are |is )?(going |turning )?blue\b/,
			/\bchoking\b/,
		],
	},
	{
		kind: 'stroke',
		patterns: [
			/\bface (is )?(drooping|droopy|drooped)\b/,
			/\bdrooping (face|on one side)\b/,
			/\bslurred?( speech|ing)\b|\bspeech (is )?slurred\b/,
			/\b(one|left|right) side (of (my|his|her) (body|face) )?(is |went |goes |going )?(numb|weak|paralysed|paralyzed)\b/,
			/\b(whole )?(one|left|right) side (is|went|feels) (numb|weak)\b/,
			/\b(numb|weak|weakness|numbness) (on|down) one side\b/,
			/\b(can not|cannot|suddenly can not) (feel|move) (my |his |her )?(left|right) (arm|leg|side)\b/,
			/\bworst headache\b/,
			/\bsudden (severe|terrible|extreme) headache\b/,
			// "Stroke" alone is also a swimming word: only the medical phrasings count.
			/\b(having|had|has|having had) (a |another )?stroke\b/,
			/\b(signs|symptoms|sign|symptom) of (a )?stroke\b|\bstroke (signs|symptoms)\b/,
		],
	},
	{
		kind: 'clot',
		patterns: [
			/\bcalf (is )?(swollen|red|hot|warm)\b.*\b(pain|painful|hurts|tender|hot|warm|red|swollen)\b/,
			/\b(swollen|red|hot|painful) (and )?(swollen |red |hot |painful )*(calf|calves)\b/,
			/\bone leg (is )?(red |hot |warm |swollen |painful |and )*(swollen|hot|warm|red)\b/,
			/\bblood clot\b|\bdvt\b/,
		],
	},
	{
		kind: 'rhabdo',
		patterns: [
			/\b(dark|brown|cola|coca cola|tea|red|black|bloody) (colou?red )?(urine|pee|piss)\b/,
			/\b(urine|pee|piss) (is |looks |was |has been )?(really |very |super )?(dark|brown|cola|tea|red|black|bloody)\b/,
			/\brhabdo/,
		],
	},
];

/**
 * Misspelled alarm words ("chest pian", "sucidal") are corrected against the words the rules use,
 * with the same corrector the matcher uses: a missed emergency costs far more than a typo.
 */
const alarmWords = createTypoCorrector(
	RULES.flatMap(({ patterns }) => patterns.flatMap((pattern) => pattern.source.match(/[a-z]{4,}/g) ?? [])),
	// One edit only: "fasted" is two edits from "fainted", and a false alarm is not harmless either.
	{ keep: STOPWORDS, maxEdits: () => 1 },
);

/** The kind of emergency a message sounds like, or `undefined` when it does not sound like one. */
export function triage(text: string): UrgentKind | undefined {
	const normalised = ` ${words(text).map((word) => alarmWords.correct(word)).join(' ')} `;
	const screened = HYPERBOLE.reduce((rest, pattern) => rest.replace(new RegExp(pattern, 'g'), ' '), normalised);
	return RULES.find(({ patterns }) => patterns.some((pattern) => pattern.test(screened)))?.kind;
}
