import type { Message } from 'discord.js';
import { replyTo } from './answers.js';
import { forMessageReply, replyBody } from './body.js';
import type { BotContext } from './context.js';
import { loggableError } from './log-error.js';

/**
 * Questions asked in messages: ones that mention the bot (when enabled), and any message in an
 * auto-answer channel. Unprompted answers only come when the FAQ has one, or for an emergency,
 * which is never ignored; otherwise the bot stays out of the conversation. So it does during a
 * member's cooldown, rather than answer every message with "slow down".
 */
export function createMessageHandler(context: BotContext, botUserId: string): (message: Message) => Promise<void> {
	const { engine, discord, cooldown, logger, learning } = context;
	const mentionOfBot = new RegExp(`<@!?${botUserId}>`, 'g');
	const autoChannels = new Set(discord.autoAnswerChannelIds);
	return async (message) => {
		if (message.author.bot || !message.inGuild()) return;
		const mentioned = discord.answerMentions && message.content.match(mentionOfBot) !== null;
		if (!mentioned && !autoChannels.has(message.channelId)) return;
		try {
			const match = engine.ask(message.content.replace(mentionOfBot, ' '));
			// Unasked, the bot speaks only for an emergency or an answer it is sure enough of.
			const sure = match.status === 'urgent' || (match.status === 'answered' && match.score >= discord.autoAnswerConfidence);
			if (!mentioned && !sure) return;
			const reply = replyTo(match, engine.faq);
			if (reply.kind !== 'urgent' && cooldown.until(message.author.id) !== undefined) return;
			cooldown.start(message.author.id);
			// Only what was put to the bot is kept: chatter in an auto-answer channel that the FAQ does
			// not answer was never a question to it, so it never reaches here.
			await learning.asked(message.guildId, match);
			await message.reply(forMessageReply(replyBody(reply)));
		} catch (error) {
			logger.error({ err: loggableError(error), message: { guildId: message.guildId, channelId: message.channelId, messageId: message.id } }, 'answering a message failed');
		}
	};
}
