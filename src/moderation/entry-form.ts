import { entryFile } from '../faq/pack-files.js';
import type { Entry, Faq } from '../faq/model.js';
import { ID_MAX_LENGTH } from '../faq/schema.js';

/** What a moderator types to edit an entry (a Discord modal): the alternates one per line. */
export interface EntryForm {
	readonly question: string;
	readonly answer: string;
	readonly alternates: string;
}

/** A new entry: the form, a topic chosen from the existing ones, and tags if the moderator gives any. */
export interface NewEntryForm extends EntryForm {
	readonly topic: string;
	/** Words members would use; `suggestTags(question)` when none are given. */
	readonly tags?: readonly string[];
}

/** The form prefilled with an entry, as the edit modal opens. */
export function formOf(entry: Entry): EntryForm {
	return { question: entry.question, answer: entry.answer, alternates: entry.alternates.join('\n') };
}

/** The entry with the form's text; every other field stays as it was. */
export function applyForm(entry: Entry, form: EntryForm): Entry {
	return { ...entry, question: oneLine(form.question), answer: form.answer.replace(/\r\n?/g, '\n').trim(), alternates: linesOf(form.alternates) };
}

/**
 * A new entry with defaults a moderator can see in its file and change there: the id from the
 * question, the pack's article as its source, no expert quoted, and the question as its example (the
 * least the schema asks for). Whether it is valid is the pack check's to say.
 */
export function newEntry(faq: Faq, takenIds: ReadonlySet<string>, form: NewEntryForm): Entry {
	const question = oneLine(form.question);
	const id = uniqueId(question, takenIds);
	return {
		...applyForm({ id, question, topic: form.topic.trim(), alternates: [], tags: [], experts: [], sources: [faq.pack.article], related: [], overlaps: [], examples: [question], answer: '', file: entryFile(id) }, form),
		tags: form.tags && form.tags.length > 0 ? [...form.tags] : suggestTags(question),
	};
}

/** The entry with a member's question added as its last alternate, so it is answered by the entry from now on. */
export function withAlternate(entry: Entry, question: string): Entry {
	return { ...entry, alternates: [...entry.alternates, oneLine(question)] };
}

/** Question words every question has; a tag of them would match everything. */
const QUESTION_WORDS = new Set(['what', 'when', 'where', 'which', 'does', 'should', 'could', 'would', 'with', 'about', 'your', 'that', 'this', 'there', 'have', 'after', 'before']);

/** Up to four of the question's own content words, as tags a person might have written. */
export function suggestTags(question: string): string[] {
	const words = question.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
	const tags = [...new Set(words.filter((word) => word.length >= 4 && !QUESTION_WORDS.has(word)))].slice(0, 4);
	return tags.length > 0 ? tags : [slugOf(question)];
}

/** Ids are cut at a word well under the limit, leaving room for a "-2" that keeps them unique. */
const ID_BASE_LENGTH = ID_MAX_LENGTH - 20;

/** A slug of the question ("does-hiit-make-inflammation-worse"), numbered if it is taken. */
export function uniqueId(question: string, taken: ReadonlySet<string>): string {
	const base = slugOf(question);
	let id = base;
	for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
	return id;
}

function slugOf(text: string): string {
	const slug = text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	const cut = slug.length <= ID_BASE_LENGTH ? slug : slug.slice(0, ID_BASE_LENGTH).replace(/-[^-]*$/, '');
	return cut || 'entry';
}

function linesOf(text: string): string[] {
	return text.split(/\r?\n/).map(oneLine).filter((line) => line !== '');
}

function oneLine(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}
