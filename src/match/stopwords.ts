/**
 * Words that say nothing about entry a question wants: function words, and the filler of chat
 * ("guys", "wondering", "question"). Dropping them keeps a chatty question from looking off-topic.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
	`a about above after again against all am an and any anyone anybody are aren as at be because been before being
	below between both but by can could did do does doing down during each either else even ever every few for from
	further get gets getting got had has have having he her here hers herself him himself his how however i if in
	into is it its itself just let lets like me might must my myself no nor not now of off on once only
	or other our ours out over own really same she should so some such than that the their theirs them then there
	these they this those through to too under up very was we were what when where while who whom
	will with would yet you your yours yourself yourselves also okay ok ya yeah yes hey hi hello guys guy folks
	someone somebody thing things stuff question questions wondering wonder curious know knows tell please thanks thank
	anyone anybody something actually basically literally right going want wants wanted need needs
	say says said lot lots bit maybe probably pretty quite totally true false mean means`.split(/\s+/),
);

/**
 * Words that stem like a stopword but say something: "quit" (as "quite"), "evening" (as "even"),
 * "liters" (as "literally"). Stopwords are also dropped by stem, to catch "needed" and "telling".
 */
export const NOT_STOPWORDS: ReadonlySet<string> = new Set(
	'quit quits quitting evening evenings liter liters total totals actual basic basics probable'.split(' '),
);

/**
 * How members introduce themselves in a story ("32f, desk job, lifting 3x a week"): an age and a sex
 * say nothing about which entry is meant, and as words the FAQ never uses they would count against
 * every entry. "20m" may also be minutes or metres ("a 20m walk"); kept, it would count against
 * every entry all the same, so dropping it loses nothing.
 */
export function isAgeAndSex(word: string): boolean {
	return /^[1-9]\d[fm]$/.test(word);
}
