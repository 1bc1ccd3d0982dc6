import { byFirstWord, subjectsSaid } from '../match/index.js';
import { words } from '../match/normalise.js';
import { uncoveredName, type Entry, type Pack, type Problem } from '../faq/model.js';

/**
 * Lines of an entry that say a subject pack.yaml lists as uncovered. An entry that names a subject
 * in its question, an alternate or a tag may answer questions about it, so pack.yaml's promise
 * (a subject the article never discusses gets at most a related entry) would lapse without a word:
 * "can I take my meds before HIIT" answered from the HIIT entry because one alternate said "meds".
 * Matched as a member's message is, word for word with plurals.
 */
export function checkUncoveredNamed(faq: { readonly entries: readonly Entry[]; readonly pack: Pick<Pack, 'uncovered' | 'uncoveredNames'> }): Problem[] {
	// By first word, as the matcher looks for them: trying every phrase at every word of every line
	// cost the shipped pack a quarter of a second at every start.
	const byFirst = byFirstWord(faq.pack.uncovered.map((phrase) => ({ phrase, words: words(phrase) })));
	const grouped = (phrase: string) => {
		const name = uncoveredName(faq.pack, phrase);
		return name === phrase ? '' : ` (under "${name}")`;
	};
	return faq.entries.flatMap((entry) =>
		linesOf(entry).flatMap(({ field, text }) =>
			[...new Set(subjectsSaid(words(text), byFirst))].map(({ phrase }) => ({
				file: entry.file,
				entry: entry.id,
				field,
				message: `says "${phrase}", which pack.yaml lists as a subject the FAQ does not cover${grouped(phrase)}: reword it, or take "${phrase}" off that list if this entry answers it`,
			})),
		),
	);
}

function linesOf(entry: Entry): { field: string; text: string }[] {
	return [
		{ field: 'question', text: entry.question },
		...entry.alternates.map((text, index) => ({ field: `alternates[${index}]`, text })),
		...entry.tags.map((text, index) => ({ field: `tags[${index}]`, text })),
	];
}
