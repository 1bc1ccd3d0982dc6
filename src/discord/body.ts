import { ButtonStyle, MessageFlags } from 'discord.js';
import type { APIEmbed, InteractionEditReplyOptions, InteractionReplyOptions, InteractionUpdateOptions, MessageReplyOptions } from 'discord.js';
import { clamp, DISCORD_LIMITS, fitEmbed, toEmbed, type EmbedModel } from '../reply/embed.js';
import type { Reply } from '../reply/model.js';
import { answerButtons, button, buttonRows, COMPONENT_LIMITS, type Row } from './components.js';

/** What the bot puts in a message, before saying how it is sent. */
export interface MessageBody {
	readonly content?: string;
	readonly embeds: readonly APIEmbed[];
	readonly components: readonly Row[];
}

/** Nothing the bot sends may ping anyone, whatever ends up in its text. */
const NO_MENTIONS = { parse: [] };

/** The one translation of a reply into a Discord message, used by every command and handler. */
export function replyBody(reply: Reply): MessageBody {
	const embeds = [apiEmbed(toEmbed(reply))];
	switch (reply.kind) {
		case 'answer': {
			const feedback = [
				...button({ kind: 'feedback', vote: 'up', entryId: reply.entryId }, 'Helpful', ButtonStyle.Success),
				...button({ kind: 'feedback', vote: 'down', entryId: reply.entryId }, 'Not helpful', ButtonStyle.Secondary),
			];
			const feedbackRows = buttonRows(feedback, 1);
			const also = reply.alsoAsked ? answerButtons([reply.alsoAsked], ButtonStyle.Primary) : [];
			const others = reply.related.filter(({ id }) => id !== reply.alsoAsked?.id);
			const related = buttonRows([...also, ...answerButtons(others)], COMPONENT_LIMITS.rows - feedbackRows.length);
			return { embeds, components: [...feedbackRows, ...related] };
		}
		case 'ambiguous':
			return { embeds, components: buttonRows(answerButtons(reply.suggestions, ButtonStyle.Primary), COMPONENT_LIMITS.rows) };
		case 'no_match':
			return { embeds, components: buttonRows(answerButtons(reply.related), COMPONENT_LIMITS.rows) };
		case 'urgent':
		case 'invalid':
			return { embeds, components: [] };
	}
}

/** A short text-only message from the bot itself (never containing member text). */
export function noticeBody(content: string): MessageBody {
	return { content: clamp(content, DISCORD_LIMITS.messageContent), embeds: [], components: [] };
}

/** An embed the bot composes itself (about, help, tip, browse), cut to fit like every reply. */
export function ownEmbed(model: EmbedModel): APIEmbed {
	return apiEmbed(fitEmbed(model));
}

export function forInteraction(body: MessageBody, { ephemeral }: { ephemeral: boolean }): InteractionReplyOptions {
	return { ...encoded(body), allowedMentions: NO_MENTIONS, ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}) };
}

/** A file sent with a message, which its embeds may show as `attachment://<name>`. */
export interface FileBody {
	readonly name: string;
	readonly data: Buffer;
}

/** The answer to a deferred interaction ("thinking…" until it is edited in). */
export function forEditReply(body: MessageBody, files: readonly FileBody[] = []): InteractionEditReplyOptions {
	return { ...encoded(body), allowedMentions: NO_MENTIONS, files: files.map(({ name, data }) => ({ attachment: data, name })) };
}

export function forUpdate(body: MessageBody): InteractionUpdateOptions {
	return { ...encoded(body), allowedMentions: NO_MENTIONS };
}

export function forMessageReply(body: MessageBody): MessageReplyOptions {
	return { ...encoded(body), allowedMentions: { ...NO_MENTIONS, repliedUser: false } };
}

/**
 * Rows are already in Discord's wire format. Handed over as plain objects, discord.js would
 * re-key every nested field to snake_case on each send; as JSON-encodable values they go as is.
 */
function encoded(body: MessageBody) {
	return { ...body, components: body.components.map((row) => ({ toJSON: () => row })) };
}

function apiEmbed(model: EmbedModel): APIEmbed {
	return {
		title: model.title,
		description: model.description,
		color: model.color,
		fields: model.fields.map(({ name, value }) => ({ name, value })),
		...(model.footer ? { footer: { text: model.footer.text } } : {}),
	};
}
