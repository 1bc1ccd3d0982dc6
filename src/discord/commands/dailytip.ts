import { ChannelType, InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import type { ChatInputCommandInteraction } from 'discord.js';
import { formatTimeOfDay } from '../../lib/time-of-day.js';
import { previewTip, setDailyTips } from '../../schedule/settings.js';
import { suggestTimeZones } from '../../schedule/time-zones.js';
import { formatLocal } from '../../schedule/zoned.js';
import { describeTip } from '../../tips/today.js';
import { forInteraction, noticeBody, type MessageBody } from '../body.js';
import type { BotContext } from '../context.js';
import { statusBody } from '../dailytip-status.js';
import { requireModerator } from '../moderators.js';
import { NOTICES } from '../notices.js';
import { tipBody } from '../tip-body.js';
import { relativeTime } from '../timestamps.js';
import type { Command } from './command.js';

/** Discord shows at most 25 autocomplete choices. */
const MAX_CHOICES = 25;
const POSTABLE = [ChannelType.GuildText, ChannelType.GuildAnnouncement] as const;
const NEEDED = { 'View Channel': PermissionFlagsBits.ViewChannel, 'Send Messages': PermissionFlagsBits.SendMessages, 'Embed Links': PermissionFlagsBits.EmbedLinks };

type GuildCommand = ChatInputCommandInteraction<'cached' | 'raw'>;

/** `/dailytip`: moderators choose where and when the tip of the day is posted. */
export const dailytip: Command = {
	data: () =>
		new SlashCommandBuilder()
			.setName('dailytip')
			.setDescription('Post a tip in a channel every day (moderators)')
			// Hides the command from members without Manage Server; the handler checks again.
			.setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
			.setContexts(InteractionContextType.Guild)
			.addSubcommand((sub) =>
				sub
					.setName('set')
					.setDescription('Post a tip every day in a channel at a set time, or change where and when')
					.addChannelOption((option) => option.setName('channel').setDescription('Where to post').setRequired(true).addChannelTypes(...POSTABLE))
					.addStringOption((option) => option.setName('time').setDescription('HH:MM on the 24-hour clock, such as 08:00').setRequired(true).setMaxLength(5))
					.addStringOption((option) =>
						option.setName('timezone').setDescription('Your time zone, such as Europe/London; start typing a city').setRequired(true).setAutocomplete(true).setMaxLength(64),
					),
			)
			.addSubcommand((sub) => sub.setName('off').setDescription('Stop posting daily tips'))
			.addSubcommand((sub) => sub.setName('status').setDescription('Where and when daily tips are posted, and how the last one went'))
			.addSubcommand((sub) => sub.setName('preview').setDescription('The next daily tip, shown only to you'))
			.toJSON(),

	async autocomplete(interaction) {
		await interaction.respond(suggestTimeZones(interaction.options.getFocused(), MAX_CHOICES).map((zone) => ({ name: zone, value: zone })));
	},

	async execute(interaction, context) {
		// requireModerator refuses outside a guild too; inGuild() only tells the type checker.
		if (!(await requireModerator(interaction, context.discord)) || !interaction.inGuild()) return;
		const body = await answer(interaction, context);
		await interaction.reply(forInteraction(body, { ephemeral: true }));
	},
};

async function answer(interaction: GuildCommand, context: BotContext): Promise<MessageBody> {
	const { store, clock, engine, logger } = context;
	const { guildId } = interaction;
	switch (interaction.options.getSubcommand(true)) {
		case 'set':
			return set(interaction, context);
		case 'off': {
			const removed = await store.dailyTips.remove(guildId);
			if (removed) logger.info({ guildId }, 'daily tips turned off');
			return noticeBody(removed ? NOTICES.dailyTipsTurnedOff : NOTICES.dailyTipsOff);
		}
		case 'status':
			return statusBody(await store.dailyTips.get(guildId));
		case 'preview': {
			const { faq } = engine;
			const schedule = await store.dailyTips.get(guildId);
			const { tip } = await previewTip(store.dailyTips, guildId, schedule, faq, clock.now());
			const when =
				schedule?.nextPostAt === undefined
					? 'Daily tips are not being posted right now; this is the tip the next post will show:'
					: `The next daily tip, posted in <#${schedule.channelId}> ${relativeTime(schedule.nextPostAt)}:`;
			return { ...tipBody(describeTip(faq, tip), faq), content: when };
		}
		default:
			return noticeBody(NOTICES.unknownCommand);
	}
}

async function set(interaction: GuildCommand, { store, clock, logger, wakeScheduler }: BotContext): Promise<MessageBody> {
	const channel = interaction.options.getChannel('channel', true);
	if (!(POSTABLE as readonly ChannelType[]).includes(channel.type)) return noticeBody(NOTICES.notPostable);
	const missing = missingPermissions(interaction, channel.id);
	if (missing.length > 0) return noticeBody(NOTICES.cannotPost(channel.id, missing));

	const request = {
		guildId: interaction.guildId,
		channelId: channel.id,
		time: interaction.options.getString('time', true),
		timeZone: interaction.options.getString('timezone', true),
	};
	const result = await setDailyTips(store.dailyTips, request, clock.now());
	if (!result.ok) return noticeBody(NOTICES.nothingChanged(result.errors));
	const { schedule, resumed } = result.value;
	wakeScheduler();
	logger.info({ guildId: schedule.guildId, channelId: schedule.channelId, time: formatTimeOfDay(schedule.time), timeZone: schedule.timeZone }, 'daily tips set');
	const next = schedule.nextPostAt!;
	return noticeBody(
		[
			`Daily tips are on${resumed ? ' again' : ''}: every day at ${formatTimeOfDay(schedule.time)} (${schedule.timeZone}) in <#${schedule.channelId}>.`,
			`The next one is posted ${formatLocal(next, schedule.timeZone)} (${schedule.timeZone}), ${relativeTime(next)}.`,
		].join(' '),
	);
}

/** What the bot lacks to post in the channel, when its caches know; Discord has the last word when posting. */
function missingPermissions(interaction: GuildCommand, channelId: string): string[] {
	const permissions = interaction.guild?.channels.cache.get(channelId)?.permissionsFor(interaction.client.user);
	if (!permissions) return [];
	return Object.entries(NEEDED).flatMap(([name, bit]) => (permissions.has(bit) ? [] : [name]));
}
