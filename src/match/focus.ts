/**
 * Members write "hey all! been super stressed at work and sleeping 5 hours, anyway does sleep
 * affect inflammation?": a greeting, some background, then the question. A message is split into
 * clauses, and those that ask something are its focus; the rest is context, which still counts,
 * but less (`contextWeight`). A message with two questions has two focus clauses, which are also
 * matched one at a time, so the stronger can be answered and the other offered.
 */
export interface Clause {
	readonly text: string;
	/** Whether it is in the focus: it asks something, or nothing in the message asks in so many words. */
	readonly asks: boolean;
	/** Whether it is a question in so many words (a question mark, or opened like one). */
	readonly question?: boolean;
}

/** Words that open a question in chat, with or without a question mark. */
const QUESTION_OPENERS = new Set(
	`how what whats why when where which who whos does do did is isnt are arent can cant could should shouldnt will wont would
	am was were has have any anyone anybody explain define tell whether if`.split(/\s+/),
);

/** Lead-ins before the real opener: "so", "but", "ok", "my question is", "quick q". */
const LEAD_INS = new Set('so but and ok okay also like then basically honestly just wait hey yo anyway anyways plus or question q my quick real'.split(' '));

/**
 * Clauses end at sentence punctuation, line breaks, commas and dashes, and at "and"/"or"/"but"/
 * "also" when a new question follows ("what should i eat and how often should i train").
 */
const CLAUSE_BREAK = /[.!?;:\n]+|,|\s[-–—]\s|\s(?:and|or|but|also|plus)\s(?=(?:how|what|whats|why|when|which|does|do|is|are|can|should|will|would)\s)/i;

export function clauses(text: string): Clause[] {
	const found: Clause[] = [];
	let rest = text;
	while (rest.length > 0) {
		const match = CLAUSE_BREAK.exec(rest);
		const end = match ? match.index + match[0].length : rest.length;
		const piece = rest.slice(0, end);
		const body = (match ? rest.slice(0, match.index) : rest).trim();
		if (/[\p{L}\p{N}]/u.test(body)) {
			const question = piece.includes('?') || opensQuestion(body);
			found.push({ text: body, asks: question, question });
		}
		rest = rest.slice(end);
	}
	// A message that asks nothing in so many words ("hiit inflammation", "doms") is all focus.
	if (!found.some(({ asks }) => asks)) return found.map(({ text }) => ({ text, asks: true }));
	return found;
}

function opensQuestion(clause: string): boolean {
	const lower = clause.toLowerCase().replace(/[’'`]/g, '');
	const openers = lower.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
	for (const word of openers.slice(0, 4)) {
		if (QUESTION_OPENERS.has(word)) return true;
		if (!LEAD_INS.has(word)) return false;
	}
	return false;
}
