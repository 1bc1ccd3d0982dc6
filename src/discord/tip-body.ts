import { ButtonStyle } from 'discord.js';
import type { Faq } from '../faq/model.js';
import { tipEmbed } from '../reply/embed.js';
import type { TodaysTip } from '../tips/today.js';
import { ownEmbed, type MessageBody } from './body.js';
import { button, buttonRows } from './components.js';

/** A tip as `/tip`, the daily post and its preview show it: attributed, with the disclaimer and a button to its entry. */
export function tipBody(today: TodaysTip, faq: Faq): MessageBody {
	const embed = ownEmbed(tipEmbed({ text: today.tip.text, attribution: today.attribution }, faq.disclaimer));
	const more = button({ kind: 'answer', entryId: today.entry.id }, today.entry.question, ButtonStyle.Primary);
	return { embeds: [embed], components: buttonRows(more, 1) };
}
