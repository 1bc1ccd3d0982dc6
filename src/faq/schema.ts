import { z } from 'zod';

/**
 * The shapes of the files moderators edit. Everything read from `faq/` passes through these schemas
 * before the rest of the program sees it, so the engine can trust its input.
 */

/** Ids travel inside Discord button ids ("feedback:down:<id>", 100 characters at most). */
export const ID_MAX_LENGTH = 80;

export const slug = z
	.string()
	.max(ID_MAX_LENGTH, `must be at most ${ID_MAX_LENGTH} characters`)
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug such as "hiit-inflammation"');

const text = z.string().trim().min(1, 'must not be empty');

const textList = (min: number) =>
	z.array(text).min(min, `needs at least ${min} item${min === 1 ? '' : 's'}`);

/** Front matter of `faq/entries/*.md`; the Markdown body below it is the answer. */
export const entryFrontMatterSchema = z.strictObject({
	id: slug,
	question: text,
	topic: text,
	alternates: textList(3),
	tags: textList(1),
	experts: z.array(slug).default([]),
	sources: z.array(slug).min(1, 'needs at least 1 source'),
	related: z.array(slug).default([]),
	examples: textList(1),
});

export const expertSchema = z.strictObject({
	id: slug,
	name: text,
	credentials: text,
});

export const sourceSchema = z.strictObject({
	id: slug,
	title: text,
	publisher: text.optional(),
	author: text.optional(),
	year: z.number().int().min(1900).max(2100).optional(),
	url: z.url().optional(),
	/** What the article itself says about the limits of this evidence (animal study, preliminary…). */
	caveat: text.optional(),
});

export const tipSchema = z
	.strictObject({
		id: slug,
		text,
		entry: slug,
		experts: z.array(slug).default([]),
		sources: z.array(slug).default([]),
	})
	.refine((tip) => tip.experts.length + tip.sources.length > 0, {
		message: 'needs at least one expert or source to attribute it to',
		path: ['experts'],
	});

export const packSchema = z.strictObject({
	name: text,
	/** One paragraph for `/about`: what the FAQ covers and where it comes from. */
	about: text,
	/** The source every entry derives from; must be an id in sources.yaml. */
	article: slug,
	/**
	 * Words that make a question about this FAQ's subject ("inflammation", "swollen"). A question
	 * with none of them must match much better before it is answered, so "how do I fix my squat
	 * depth" is not answered from the entry about heavy lifting.
	 */
	subject: z.array(text).default([]),
});

export const expertsFileSchema = z.strictObject({ experts: z.array(expertSchema).min(1) });
export const sourcesFileSchema = z.strictObject({ sources: z.array(sourceSchema).min(1) });
export const tipsFileSchema = z.strictObject({ tips: z.array(tipSchema).min(1) });

export type EntryFrontMatter = z.infer<typeof entryFrontMatterSchema>;
export type Expert = z.infer<typeof expertSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Tip = z.infer<typeof tipSchema>;
export type Pack = z.infer<typeof packSchema>;

/** Optional `synonyms.yaml`: each group's later terms are read as its first. */
export const synonymsFileSchema = z.strictObject({
	synonyms: z.array(z.array(z.string().trim().toLowerCase().min(1)).min(2, 'a group needs at least 2 terms')),
});
