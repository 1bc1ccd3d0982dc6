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

/** A list of ids, each named once: a repeated one is a slip, most often a paste. */
const idList = z.array(slug).superRefine((ids, context) => {
	ids.forEach((id, index) => {
		if (ids.indexOf(id) < index) context.addIssue({ code: 'custom', path: [index], message: `lists "${id}" a second time` });
	});
});

const textList = (min: number) =>
	z.array(text).min(min, `needs at least ${min} item${min === 1 ? '' : 's'}`);

/** Front matter of `faq/entries/*.md`; the Markdown body below it is the answer. */
export const entryFrontMatterSchema = z.strictObject({
	id: slug,
	question: text,
	topic: text,
	alternates: textList(3),
	tags: textList(1),
	experts: idList.default([]),
	sources: idList.min(1, 'needs at least 1 source'),
	related: idList.default([]),
	/**
	 * Entries whose answers cover much of the same ground: a question members ask of one is usually
	 * answered by the other too. When one of them is a close second, the likelier is answered and the
	 * other offered beside it, rather than "did you mean" between two right answers.
	 */
	overlaps: idList.default([]),
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

const share = z.number().min(0).max(1);
const weight = z.number().min(-100).max(100);

/**
 * The evidence the matcher weighs into the probability that an entry is right (src/match/confidence.ts
 * computes each one); `npm run -s tune` fits a weight for each.
 */
export const CALIBRATION_FEATURES = ['score', 'lead', 'clearLead', 'clearOfField', 'coverage', 'phrasing', 'onSubject', 'unknown', 'focusTerms', 'messageLength', 'asked'] as const;
/** The model's intercept, and the Platt scaling fitted after the features' weights. */
const CALIBRATION_TERMS = ['bias', 'scale', 'shift', ...CALIBRATION_FEATURES] as const;
const calibrationSchema = z.strictObject(Object.fromEntries(CALIBRATION_TERMS.map((name) => [name, weight])) as Record<(typeof CALIBRATION_TERMS)[number], typeof weight>);

/**
 * A pack's overrides of the matcher's settings (see src/match/options.ts for what each means);
 * anything left out keeps the default.
 */
export const matcherOverridesSchema = z.strictObject({
	fieldWeight: z.strictObject({ phrasing: share, tag: share, answer: share }).partial().optional(),
	aboutness: share.optional(),
	rarityExponent: z.number().min(0.5).max(4).optional(),
	subjectShare: share.optional(),
	coverageShare: share.optional(),
	unknownShare: z.strictObject({ everyday: share, familiar: share, rare: share }).partial().optional(),
	maxTypoSearches: z.number().int().min(0).max(100).optional(),
	contextWeight: share.optional(),
	minAskedTerms: z.number().int().min(0).max(20).optional(),
	ranked: z.number().int().min(2).max(50).optional(),
	calibration: calibrationSchema.partial().optional(),
	answerConfidence: share.optional(),
	wordForWordConfidence: share.optional(),
	suggestConfidence: share.optional(),
	uncoveredConfidence: share.optional(),
	margin: z.number().min(0).max(10).optional(),
	maxSuggestions: z.number().int().min(1).max(10).optional(),
});

export type MatcherOverrides = z.infer<typeof matcherOverridesSchema>;
/** Coefficients of the features in `confidence.ts`, fitted by logistic regression, then rescaled. */
export type CalibrationWeights = Readonly<z.infer<typeof calibrationSchema>>;

/**
 * One subject the FAQ does not cover: a phrase, or the name the bot says with the phrases it listens
 * for, where a phrase reads badly in "doesn't cover …" ("what heart rate").
 */
const uncoveredSubjectSchema = z.union([text, z.strictObject({ say: text, phrases: textList(1) })], {
	error: 'must be a phrase, or { say: the name the bot says, phrases: [the phrases it listens for] }',
});

export const packSchema = z.strictObject({
	name: text,
	/** One paragraph for `/about`: what the FAQ covers and where it comes from. */
	about: text,
	/** The source every entry derives from; must be an id in sources.yaml. */
	article: slug,
	/** The subject in a few words, for the bot's own sentences: "Ask a question about {covers}". */
	covers: z.string().trim().min(1, 'must not be empty').max(60, 'must be at most 60 characters: it goes into Discord command descriptions'),
	/** A typical member's question, shown as an example. */
	example: text,
	/**
	 * Words that make a question about this FAQ's subject ("inflammation", "swollen"). A question
	 * with none of them must match much better before it is answered, so "how do I fix my squat
	 * depth" is not answered from the entry about heavy lifting.
	 */
	subject: z.array(text).default([]),
	/**
	 * What members ask about that this FAQ does not cover ("ibuprofen", "fish oil", "sauna"). A
	 * question about one of them is never answered from an entry that does not itself name it: the
	 * reply says so and offers the nearest entries as related reading only, so no one reads an entry
	 * as the experts' view on something they never discussed. A phrase is listed once.
	 */
	uncovered: z
		.array(uncoveredSubjectSchema)
		.default([])
		.superRefine((subjects, context) => {
			const seen = new Set<string>();
			subjects.forEach((subject, index) => {
				for (const phrase of typeof subject === 'string' ? [subject] : subject.phrases) {
					// Case and spacing aside: "Sauna" and "sauna " are one phrase.
					const key = phrase.toLowerCase().replace(/\s+/g, ' ');
					if (seen.has(key)) context.addIssue({ code: 'custom', path: [index], message: `lists "${phrase}" a second time` });
					seen.add(key);
				}
			});
		}),
	/** Tuning for this pack's matcher, when the defaults do not suit it. */
	matcher: matcherOverridesSchema.optional(),
}).transform(({ uncovered, ...pack }) => ({
	...pack,
	/** Every phrase the matcher listens for. */
	uncovered: uncovered.flatMap((subject) => (typeof subject === 'string' ? [subject] : subject.phrases)),
	/** The name the bot says for a phrase, where pack.yaml gives one. */
	uncoveredNames: Object.fromEntries(uncovered.flatMap((subject) => (typeof subject === 'string' ? [] : subject.phrases.map((phrase) => [phrase, subject.say])))) as Readonly<Record<string, string>>,
}));

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

/** A regular expression over normalised text; one that does not compile is a problem in the file. */
const pattern = z.string().min(1).superRefine((source, context) => {
	try {
		new RegExp(source);
	} catch (error) {
		context.addIssue({ code: 'custom', message: `is not a valid regular expression: ${(error as Error).message}` });
	}
});

/** What the bot says instead of an answer; a rule may replace any part of the pack's default. */
const urgentReplySchema = z.strictObject({
	title: text,
	message: text,
	steps: z.array(text).min(1, 'needs at least 1 step'),
});

export const triageRuleSchema = z.strictObject({
	kind: slug,
	/** Why these signs matter, said first. */
	why: text,
	title: text.optional(),
	message: text.optional(),
	steps: z.array(text).min(1, 'needs at least 1 step').optional(),
	patterns: z.array(pattern).min(1, 'needs at least 1 pattern'),
	/** Messages that must be triaged as this kind, and ones that must not be triaged at all. */
	examples: z.array(text).default([]),
	not: z.array(text).default([]),
});

/** `triage.yaml`: the red flags that get "contact emergency services now" instead of an answer. */
export const triageFileSchema = z.strictObject({
	reply: urgentReplySchema,
	/** Figures of speech removed before the rules run ("this workout killed me"). */
	hyperbole: z.array(pattern).default([]),
	rules: z.array(triageRuleSchema).default([]),
});

export type TriageRule = z.infer<typeof triageRuleSchema>;
export type Triage = z.infer<typeof triageFileSchema>;
