import { z } from 'zod';
import { slug as entryId } from '../faq/schema.js';

/** Discord's limit on a component's custom id and on an autocomplete choice's value. */
export const ID_MAX_LENGTH = 100;

const ENTRY_CHOICE_PREFIX = 'entry:';

const menuPage = z.string().regex(/^\d$/).transform(Number);
/** A file's version token (`versionOf`): twelve base64url characters, or "none" for no file yet. */
const fileVersion = z.string().regex(/^(?:[\w-]{12}|none)$/);
/** The days a stats message covers. */
const statsDays = z.string().regex(/^\d{1,3}$/).transform(Number);
const groupKey = z.string().regex(/^[\w-]{12}$/);
const NEW_ENTRY_PREFIX = 'new:';

/**
 * Every component the bot sends carries one of these ids. Clicks on messages sent by an older
 * version, or forged ones, arrive as arbitrary strings, so they are parsed, never trusted.
 */
const customIdSchema = z.union([
	z.tuple([z.literal('answer'), entryId]).transform(([, entryId]) => ({ kind: 'answer' as const, entryId })),
	z
		.tuple([z.literal('feedback'), z.enum(['up', 'down']), entryId])
		.transform(([, vote, entryId]) => ({ kind: 'feedback' as const, vote, entryId })),
	// The page only keeps ids unique when a long list needs more than one menu.
	z.tuple([z.literal('faq'), z.enum(['topic', 'entry']), menuPage]).transform(([, menu, page]) => ({ kind: menu, page })),
	// The edit modal: the version of the entry's file when the modal opened travels with it.
	z.tuple([z.literal('edit'), fileVersion, entryId]).transform(([, version, entryId]) => ({ kind: 'edit' as const, version, entryId })),
	// A group of unanswered questions on a stats message, and the days that message covered.
	z.tuple([z.literal('unanswered'), statsDays, groupKey]).transform(([, days, group]) => ({ kind: 'unanswered' as const, days, group })),
]);

/** The new-entry modal carries its topic, which may hold any character; it is not split. */
type NewEntryId = { readonly kind: 'new'; readonly topic: string };

export type CustomId = z.output<typeof customIdSchema> | NewEntryId;

export function parseCustomId(raw: string): CustomId | undefined {
	if (raw.startsWith(NEW_ENTRY_PREFIX)) {
		const topic = raw.slice(NEW_ENTRY_PREFIX.length);
		return topic.trim() === '' ? undefined : { kind: 'new', topic };
	}
	const parsed = customIdSchema.safeParse(raw.split(':'));
	return parsed.success ? parsed.data : undefined;
}

export function formatCustomId(id: CustomId): string {
	switch (id.kind) {
		case 'answer':
			return `answer:${id.entryId}`;
		case 'feedback':
			return `feedback:${id.vote}:${id.entryId}`;
		case 'topic':
		case 'entry':
			return `faq:${id.kind}:${id.page}`;
		case 'edit':
			return `edit:${id.version}:${id.entryId}`;
		case 'unanswered':
			return `unanswered:${id.days}:${id.group}`;
		case 'new':
			return `${NEW_ENTRY_PREFIX}${id.topic}`;
	}
}

/** The value of an autocomplete choice that names one exact entry. */
export function entryChoiceValue(id: string): string {
	return `${ENTRY_CHOICE_PREFIX}${id}`;
}

/** The entry id an option value names, when the member picked a suggestion rather than typing. */
export function parseEntryChoice(value: string): string | undefined {
	if (!value.startsWith(ENTRY_CHOICE_PREFIX)) return undefined;
	const parsed = entryId.safeParse(value.slice(ENTRY_CHOICE_PREFIX.length));
	return parsed.success ? parsed.data : undefined;
}
