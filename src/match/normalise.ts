/**
 * Turns chat text into plain lowercase words: members type "pls", "u", "r" and curly quotes, the
 * FAQ is written in full words, and both must meet in the middle.
 */

/** Chat shorthand → the words it stands for. Kept general English: domain words live in the FAQ. */
const SHORTHAND: ReadonlyMap<string, readonly string[]> = toMap({
	u: 'you', ur: 'your', r: 'are', y: 'why', pls: 'please', plz: 'please', pl0x: 'please', '4': 'for',
	b4: 'before', bc: 'because', bcuz: 'because', cuz: 'because', coz: 'because', cos: 'because',
	w: 'with', wo: 'without', abt: 'about', bout: 'about', smth: 'something', sth: 'something',
	rn: 'right now', atm: 'at the moment', tho: 'though', thru: 'through', wanna: 'want to',
	gonna: 'going to', till: 'until', til: 'until', gotta: 'got to', kinda: 'kind of', sorta: 'sort of', dunno: 'do not know',
	idk: 'i do not know', imo: 'in my opinion', tbh: 'to be honest', ngl: 'not going to lie',
	pp: 'people', ppl: 'people', wk: 'week', wks: 'weeks', wkly: 'weekly', hr: 'hour', hrs: 'hours',
	min: 'minutes', mins: 'minutes', yr: 'year', yrs: 'years', diff: 'difference', vs: 'versus',
	thx: 'thanks', ty: 'thank you', ok: 'okay',
	// Chat noise that carries no meaning for matching.
	lol: '', lmao: '', omg: '', af: '', wtf: '', smh: '', fr: '', bro: '', bruh: '', lmk: '', pls2: '',
	im: 'i am', ive: 'i have', dont: 'do not', doesnt: 'does not', isnt: 'is not', cant: 'can not',
	wont: 'will not', whats: 'what is', hows: 'how is', thats: 'that is', shouldnt: 'should not',
	hes: 'he is', shes: 'she is', theyre: 'they are', youre: 'you are', arent: 'are not', wasnt: 'was not', werent: 'were not',
	didnt: 'did not', couldnt: 'could not', wouldnt: 'would not', hasnt: 'has not', havent: 'have not',
	// Numbers are compared as digits: "twenty minutes" and "20 mins" are the same question.
	two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
	twenty: '20', thirty: '30', forty: '40', fifty: '50', sixty: '60',
});

const LONGEST_SHORTHAND = Math.max(...[...SHORTHAND.keys()].map((word) => word.length));

/** Units of time and measure; a number before one is a quantity ("4 min"), not shorthand ("good 4 you"). */
const UNITS: ReadonlySet<string> = new Set(
	'x times time days day weeks week wks wk months month minutes minute mins min hours hour hrs hr years yr yrs km kg lb lbs mi m cm ft'.split(' '),
);

/** "4 weeks", "4 reps", "4 plants": a number before a unit or a plural noun counts something. */
function countsSomething(next: string | undefined): boolean {
	return next !== undefined && (UNITS.has(next) || (next.length > 3 && next.endsWith('s') && !next.endsWith('ss')));
}

function toMap(table: Record<string, string>): Map<string, string[]> {
	return new Map(Object.entries(table).map(([word, expansion]) => [word, expansion === '' ? [] : expansion.split(' ')]));
}

export function normaliseText(text: string): string {
	return split(text).join(' ');
}

/** Normalised words with chat shorthand spelled out. */
export function words(text: string): string[] {
	const parts = split(text);
	// Most text has no shorthand at all: the split words are returned as they are, and a copy is
	// made only from the first word that needs spelling out.
	let out: string[] | undefined;
	for (let index = 0; index < parts.length; index++) {
		const word = parts[index]!;
		const expanded = word.length <= LONGEST_SHORTHAND ? SHORTHAND.get(word) : undefined;
		// "4 weeks" is a number, "good 4 you" is shorthand.
		if (expanded === undefined || (/^\d+$/.test(word) && countsSomething(parts[index + 1]))) {
			out?.push(word);
		} else {
			out ??= parts.slice(0, index);
			out.push(...expanded);
		}
	}
	return out ?? parts;
}

/** Lowercase words without accents or apostrophes ("Don’t" → "dont"). */
function split(text: string): string[] {
	// Indexing a large FAQ splits megabytes of text, and nearly all of it is plain ASCII: the
	// Unicode folding is paid only by text that needs it.
	const ascii = ASCII.test(text);
	// Apostrophe look-alikes go first: NFKD would turn "´" into a space and a combining accent.
	let folded = ascii ? text.toLowerCase() : text.replace(/[’‘´]/g, "'").normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
	if (folded.includes("'") || folded.includes('`')) folded = folded.replace(/['`]/g, '');
	const parts = folded.split(ascii ? ASCII_NON_WORD : NON_WORD);
	if (parts[0] === '') parts.shift();
	if (parts.at(-1) === '') parts.pop();
	return parts;
}

const ASCII = /^[\x00-\x7f]*$/;
const ASCII_NON_WORD = /[^a-z0-9]+/;
const NON_WORD = /[^\p{L}\p{N}]+/u;
