import type { Faq } from './model.js';

/** What changed among items with ids: which came, which went, and which fields of the rest differ. */
export interface Changes {
	readonly added: readonly string[];
	readonly removed: readonly string[];
	readonly edited: readonly { readonly id: string; readonly fields: readonly string[] }[];
}

/** What a reload or an edit changed, for the moderator who made it and for the log. */
export interface FaqDiff {
	readonly entries: Changes;
	readonly tips: Changes;
	readonly experts: Changes;
	readonly sources: Changes;
	/** Pack-wide files that changed: pack.yaml, disclaimer.md, synonyms.yaml. */
	readonly files: readonly string[];
}

export function diffFaqs(before: Faq, after: Faq): FaqDiff {
	return {
		entries: diffById(before.entries, after.entries),
		tips: diffById(before.tips, after.tips),
		experts: diffById([...before.experts.values()], [...after.experts.values()]),
		sources: diffById([...before.sources.values()], [...after.sources.values()]),
		files: [
			...(same(before.pack, after.pack) ? [] : ['pack.yaml']),
			...(before.disclaimer === after.disclaimer ? [] : ['disclaimer.md']),
			...(same(before.synonyms, after.synonyms) ? [] : ['synonyms.yaml']),
		],
	};
}

export function isUnchanged(diff: FaqDiff): boolean {
	return diff.files.length === 0 && [diff.entries, diff.tips, diff.experts, diff.sources].every(({ added, removed, edited }) => added.length + removed.length + edited.length === 0);
}

/** One line per kind of change, e.g. `entries edited: hiit-inflammation (question, alternates)`; "no changes" when there are none. */
export function describeDiff(diff: FaqDiff): string[] {
	const lines = (kind: string, { added, removed, edited }: Changes) => [
		...(added.length > 0 ? [`${kind} added: ${added.join(', ')}`] : []),
		...(removed.length > 0 ? [`${kind} removed: ${removed.join(', ')}`] : []),
		...(edited.length > 0 ? [`${kind} edited: ${edited.map(({ id, fields }) => `${id} (${fields.join(', ')})`).join('; ')}`] : []),
	];
	const all = [
		...lines('entries', diff.entries),
		...lines('tips', diff.tips),
		...lines('experts', diff.experts),
		...lines('sources', diff.sources),
		...(diff.files.length > 0 ? [`changed: ${diff.files.join(', ')}`] : []),
	];
	return all.length > 0 ? all : ['no changes'];
}

function diffById<T extends { readonly id: string }>(before: readonly T[], after: readonly T[]): Changes {
	const old = new Map(before.map((item) => [item.id, item]));
	const now = new Set(after.map(({ id }) => id));
	const edited = after.flatMap((item) => {
		const was = old.get(item.id);
		if (!was) return [];
		const fields = fieldsOf(was, item).filter((field) => !same(was[field], item[field]));
		return fields.length > 0 ? [{ id: item.id, fields: fields.map(String) }] : [];
	});
	return {
		added: after.filter(({ id }) => !old.has(id)).map(({ id }) => id),
		removed: before.filter(({ id }) => !now.has(id)).map(({ id }) => id),
		edited,
	};
}

/** The fields to compare, in the order they were read (a file's order); an entry's `file` follows from its id. */
function fieldsOf<T extends object>(before: T, after: T): (keyof T)[] {
	return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((key) => key !== 'id' && key !== 'file') as (keyof T)[];
}

function same(a: unknown, b: unknown): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}
