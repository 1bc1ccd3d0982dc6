import { formatTimeOfDay } from '../lib/time-of-day.js';
import { COLORS } from '../reply/embed.js';
import { PAUSE_AFTER_DAYS } from '../schedule/post-due.js';
import { formatLocal } from '../schedule/zoned.js';
import type { DailyTipSchedule } from '../store/store.js';
import { noticeBody, ownEmbed, type MessageBody } from './body.js';
import { NOTICES } from './notices.js';
import { relativeTime } from './timestamps.js';

/** `/dailytip status`: where and when, the next post in the guild's time and the reader's, how the last went. */
export function statusBody(schedule: DailyTipSchedule | undefined): MessageBody {
	if (!schedule) return noticeBody(NOTICES.dailyTipsOff);
	const { timeZone: zone, paused } = schedule;
	const embed = ownEmbed({
		title: paused ? 'Daily tips (paused)' : 'Daily tips',
		description: paused
			? `Paused since ${formatLocal(paused.at, zone)}: ${paused.reason}. Fix that, then run \`/dailytip set\` to resume.`
			: `Every day at ${formatTimeOfDay(schedule.time)} (${zone}) in <#${schedule.channelId}>.`,
		color: paused ? COLORS.ambiguous : COLORS.answer,
		fields: [
			{ name: 'Channel', value: `<#${schedule.channelId}>` },
			{ name: 'Time', value: `${formatTimeOfDay(schedule.time)} (${zone})` },
			{ name: 'Next post', value: schedule.nextPostAt === undefined ? 'None while paused.' : `${formatLocal(schedule.nextPostAt, zone)} (${zone}), ${relativeTime(schedule.nextPostAt)}` },
			{ name: 'Last post', value: lastPost(schedule) },
			...(schedule.failedDays > 0 && !paused
				? [{ name: 'Failed days in a row', value: `${schedule.failedDays} of ${PAUSE_AFTER_DAYS}: daily tips pause themselves after ${PAUSE_AFTER_DAYS}.` }]
				: []),
		],
	});
	return { embeds: [embed], components: [] };
}

function lastPost({ last, lastPostedAt, nextPostAt }: DailyTipSchedule): string {
	if (!last) return 'None yet.';
	switch (last.status) {
		case 'posted':
			return `${last.date}: posted ${relativeTime(lastPostedAt ?? last.attemptedAt)}.`;
		case 'posting':
			return `${last.date}: posting began ${relativeTime(last.attemptedAt)}; if the bot stopped meanwhile, it may not have gone out.`;
		case 'retrying':
			return `${last.date}: failed, ${last.error ?? 'for an unknown reason'}. Trying again ${relativeTime(nextPostAt ?? last.attemptedAt)}.`;
		case 'failed':
			return `${last.date}: failed, ${last.error ?? 'for an unknown reason'}.`;
	}
}
