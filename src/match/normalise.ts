/**
 * Turns chat text into plain lowercase words: members type "pls", "u", "r" and curly quotes, the
 * FAQ is written in full words, and both must meet in the middle.
 */

/** Chat shorthand → the words it stands for. Kept general English: domain words live in the FAQ. */
const SHORTHAND: Readonly<Record<string, string>> = {
	u: 'you', ur: 'your', r: 'are', y: 'why', pls: 'please', plz: 'please', pl0x: 'please', '4': 'for',
	b4: 'before', bc: 'because', bcuz: 'because', cuz: 'because', coz: 'because', cos: 'because',
	w: 'with', wo: 'without', abt: 'about', bout: 'about', smth: 'something', sth: 'something',
	rn: 'right now', atm: 'at the moment', tho: 'though', thru: 'through', wanna: 'want to',
	gonna: 'going to', gotta: 'got to', kinda: 'kind of', sorta: 'sort of', dunno: 'do not know',
	idk: 'i do not know', imo: 'in my opinion', tbh: 'to be honest', ngl: 'not going to lie',
	pp: 'people', ppl: 'people', wk: 'week', wks: 'weeks', wkly: 'weekly', hr: 'hour', hrs: 'hours',
	min: 'minutes', mins: 'minutes', yr: 'year', yrs: 'years', diff: 'difference', vs: 'versus',
	thx: 'thanks', ty: 'thank you', ok: 'okay',
	// Chat noise that carries no meaning for matching.
	lol: '', lmao: '', omg: '', af: '', wtf: '', smh: '', fr: '', bro: '', bruh: '', lmk: '', pls2: '',
	im: 'i am', ive: 'i have', dont: 'do not', doesnt: 'does not', isnt: 'is not', cant: 'can not',
	wont: 'will not', whats: 'what is', hows: 'how is', thats: 'that is', shouldnt: 'should not',
};

export function normaliseText(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/['’‘`´]/g, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** Normalised words with chat shorthand spelled out. */
export function words(text: string): string[] {
	const out: string[] = [];
	for (const word of normaliseText(text).split(' ')) {
		if (word === '') continue;
		const expanded = SHORTHAND[word];
		if (expanded === undefined) out.push(word);
		else if (expanded !== '') out.push(...expanded.split(' '));
	}
	return out;
}
