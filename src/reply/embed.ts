import type { Reply } from './model.js';
import { expertLine, expertsHeading, sourceText } from './text.js';

/**
 * Discord's published limits. The FAQ checker uses them to reject an entry that would not fit,
 * and the embed builder clamps to them anyway, so a reply can never be refused by Discord.
 */
export const DISCORD_LIMITS = {
	embedTitle: 256,
	embedDescription: 4096,
	embedFieldName: 256,
	embedFieldValue: 1024,
	embedFields: 25,
	embedFooter: 2048,
	embedTotal: 6000,
	autocompleteChoiceName: 100,
	buttonLabel: 80,
	selectOptionLabel: 100,
	messageContent: 2000,
} as const;

export interface EmbedField {
	readonly name: string;
	readonly value: string;
}

/** The shape of a Discord embed, kept free of discord.js so the core stays platform-neutral. */
export interface EmbedModel {
	readonly title: string;
	readonly description: string;
	readonly color: number;
	readonly fields: readonly EmbedField[];
	readonly footer?: { readonly text: string };
}

export const COLORS = { answer: 0x2f9e8f, ambiguous: 0xf0a830, no_match: 0x8a8f98, urgent: 0xd64545, invalid: 0x8a8f98 } as const;

/** The embed exactly as the reply says it, before any clamping. */
export function rawEmbed(reply: Reply): EmbedModel {
	switch (reply.kind) {
		case 'answer':
			return {
				title: reply.title,
				description: reply.answer,
				color: COLORS.answer,
				fields: [
					...field(expertsHeading(reply.experts), reply.experts.map(expertLine)),
					...field('Sources', reply.sources.map(sourceText)),
					...field('You also asked', reply.alsoAsked ? [`${reply.alsoAsked.question} (button below)`] : []),
				],
				footer: { text: reply.disclaimer },
			};
		case 'ambiguous':
			return { title: reply.title, description: reply.message, color: COLORS.ambiguous, fields: [] };
		case 'urgent':
			return {
				title: reply.title,
				description: [reply.message, '', ...reply.steps.map((step) => `• ${step}`)].join('\n'),
				color: COLORS.urgent,
				fields: [],
			};
		case 'no_match':
		case 'invalid':
			return { title: reply.title, description: reply.message, color: COLORS[reply.kind], fields: [] };
	}
}

/** A tip as Discord shows it (`/tip`, the daily post, its preview), before any clamping. */
export function tipEmbed(tip: { readonly text: string; readonly attribution: string }, disclaimer: string): EmbedModel {
	return { title: 'Tip of the day', description: tip.text, color: COLORS.answer, fields: [{ name: 'From', value: tip.attribution }], footer: { text: disclaimer } };
}

/** The embed Discord will accept, whatever the FAQ says. */
export function toEmbed(reply: Reply): EmbedModel {
	return fitEmbed(rawEmbed(reply));
}

/** Any embed cut to Discord's limits; the description gives way first, so attribution and disclaimer survive. */
export function fitEmbed(raw: EmbedModel): EmbedModel {
	const footer = raw.footer && { text: clamp(raw.footer.text, DISCORD_LIMITS.embedFooter) };
	const fields = raw.fields.slice(0, DISCORD_LIMITS.embedFields).map((entry) => ({
		name: clamp(entry.name, DISCORD_LIMITS.embedFieldName),
		value: clamp(entry.value, DISCORD_LIMITS.embedFieldValue),
	}));
	const title = clamp(raw.title, DISCORD_LIMITS.embedTitle);
	const room = DISCORD_LIMITS.embedTotal - embedLength({ ...raw, title, description: '', fields, ...(footer ? { footer } : {}) });
	const description = clamp(raw.description, Math.min(DISCORD_LIMITS.embedDescription, room));
	return { ...raw, title, description, fields, ...(footer ? { footer } : {}) };
}

/** Characters Discord counts towards the 6,000 limit of an embed. */
export function embedLength(embed: EmbedModel): number {
	return (
		embed.title.length +
		embed.description.length +
		(embed.footer?.text.length ?? 0) +
		embed.fields.reduce((sum, entry) => sum + entry.name.length + entry.value.length, 0)
	);
}

export function clamp(text: string, max: number): string {
	if (text.length <= max) return text;
	return `${text.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}

function field(name: string, lines: readonly string[]): EmbedField[] {
	return lines.length === 0 ? [] : [{ name, value: lines.map((line) => `• ${line}`).join('\n') }];
}
