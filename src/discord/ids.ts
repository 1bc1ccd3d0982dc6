import { z } from 'zod';
import { slug as entryId } from '../faq/schema.js';

/** Discord's limit on a component's custom id and on an autocomplete choice's value. */
export const ID_MAX_LENGTH = 100;

const ENTRY_CHOICE_PREFIX = 'entry:';

const menuPage = z.string().regex(/^\d$/).transform(Number);

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
]);

export type CustomId = z.output<typeof customIdSchema>;

export function parseCustomId(raw: string): CustomId | undefined {
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
