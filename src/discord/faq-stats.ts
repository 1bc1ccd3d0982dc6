import { ComponentType, MessageFlags } from 'discord.js';
import type { APISelectMenuOption, ChatInputCommandInteraction, StringSelectMenuInteraction } from 'discord.js';
import type { Faq } from '../faq/model.js';
import { buildReport, REPORT_DAYS, reportScope, type FaqReport, type OpenGroup } from '../moderation/report.js';
import { clamp, COLORS, DISCORD_LIMITS } from '../reply/embed.js';
import { forEditReply, forInteraction, noticeBody, ownEmbed, type MessageBody } from './body.js';
import { answeredChartPng } from './chart-png.js';
import { COMPONENT_LIMITS, type Row } from './components.js';
import type { BotContext } from './context.js';
import { authorOf, changeText, problemsText } from './faq-changes.js';
import { formatCustomId, type CustomId } from './ids.js';
import { requireModerator } from './moderators.js';
import { NOTICES } from './notices.js';

export const CHART_FILE = 'answered.png';
const DISMISS = 'dismiss';
const ADD_PREFIX = 'add:';
/** Helpfulness lines shown: the entries with the most votes. */
const HELPFULNESS_SHOWN = 10;

/** `/faqadmin stats [days:]`: the numbers, the chart as an image, and a menu per unanswered group. */
export async function showStats(interaction: ChatInputCommandInteraction<'cached' | 'raw'>, context: BotContext): Promise<void> {
	await interaction.deferReply({ flags: MessageFlags.Ephemeral });
	const days = interaction.options.getInteger('days') ?? REPORT_DAYS;
	const report = await buildReport(context.store.learning, context.engine, context.clock.now(), days, interaction.guildId);
	// The numbers matter more than the picture: a chart that cannot be drawn is left out and logged.
	const chart = await answeredChartPng(report.perDay).catch((error: unknown) => {
		context.logger.error({ err: error }, 'could not draw the stats chart; sending the numbers without it');
		return undefined;
	});
	const body = statsBody(report, context.engine.faq, context.retentionDays, chart !== undefined);
	await interaction.editReply(forEditReply(body, chart ? [{ name: CHART_FILE, data: chart }] : []));
}

export function statsBody(report: FaqReport, faq: Faq, retentionDays: number, withChart: boolean): MessageBody {
	const named = (id: string, question: string | undefined) => (question ? `${question} (\`${id}\`)` : `\`${id}\` (no longer in the FAQ)`);
	const field = (name: string, lines: readonly string[], empty: string) => ({ name, value: clamp(lines.length > 0 ? lines.join('\n') : empty, DISCORD_LIMITS.embedFieldValue) });
	const embed = {
		...ownEmbed({
			title: `FAQ stats, last ${report.days} day${report.days === 1 ? '' : 's'}`,
			description: [
				`**${report.answered} question${report.answered === 1 ? '' : 's'} answered.** ${withChart ? 'Per day (UTC) in the chart below.' : 'The chart could not be drawn this time.'}`,
				...(report.days > retentionDays ? [`Only the last ${retentionDays} days are kept (RETENTION_DAYS).`] : []),
				...(report.settled > 0 ? [`${report.settled} question${report.settled === 1 ? ' the FAQ could not answer is' : 's the FAQ could not answer are'} answered by it now.`] : []),
			].join('\n'),
			color: COLORS.answer,
			fields: [
				field('Most asked', report.topEntries.map(({ id, question, count }, index) => `${index + 1}. ${named(id, question)}: ${count}`), 'No questions answered yet.'),
				field(
					'Helpfulness',
					report.helpfulness.slice(0, HELPFULNESS_SHOWN).map(({ id, question, helpful, notHelpful }) => `${named(id, question)}: 👍 ${helpful} · 👎 ${notHelpful} (${Math.round((100 * helpful) / (helpful + notHelpful))}% helpful)`),
					'No votes yet.',
				),
				field('Not answered, most asked first', report.unanswered.map(groupLine), 'None: every question asked was answered.'),
			],
			...(report.unanswered.length > 0 ? { footer: { text: 'Each menu below adds that question to an entry as an alternate, or dismisses it.' } } : {}),
		}),
		...(withChart ? { image: { url: `attachment://${CHART_FILE}` } } : {}),
	};
	return { embeds: [embed], components: report.unanswered.slice(0, COMPONENT_LIMITS.rows).map((group, index) => groupMenu(group, index, report.days, faq)) };
}

function groupLine(group: OpenGroup, index: number): string {
	const asked = `asked ${group.count}×${group.texts.length > 1 ? ` in ${group.texts.length} wordings` : ''}`;
	const verdict = group.status === 'no_match' ? 'no answer' : '"did you mean…"';
	return `${index + 1}. "${clamp(group.text, 120)}" (${asked}; ${verdict})`;
}

/** The matcher's best guesses first, then every other entry in FAQ order, then "dismiss". */
function groupMenu(group: OpenGroup, index: number, days: number, faq: Faq): Row {
	const guessed = new Set(group.guesses.map(({ id }) => id));
	const option = (id: string, question: string, description: string): APISelectMenuOption[] => {
		const value = `${ADD_PREFIX}${id}`;
		return value.length > COMPONENT_LIMITS.selectValue ? [] : [{ label: clamp(question, DISCORD_LIMITS.selectOptionLabel), value, description }];
	};
	const options = [
		...group.guesses.flatMap(({ id, question, score }) => option(id, question, `Best guess (${Math.round(score * 100)}%): add as an alternate`)),
		...faq.entries.filter(({ id }) => !guessed.has(id)).flatMap(({ id, question }) => option(id, question, 'Add as an alternate to this entry')),
	].slice(0, COMPONENT_LIMITS.selectOptions - 1);
	return {
		type: ComponentType.ActionRow,
		components: [
			{
				type: ComponentType.StringSelect,
				custom_id: formatCustomId({ kind: 'unanswered', days, group: group.key }),
				placeholder: clamp(`${index + 1}. "${group.text}": add as an alternate to… or dismiss`, 150),
				options: [...options, { label: 'Dismiss these questions', value: DISMISS, description: 'They need no entry; delete them from the list' }],
			},
		],
	};
}

/** A choice on a stats message's menu: the group becomes an alternate of the chosen entry (checked, written, kept), or is dismissed. */
export async function handleUnanswered(interaction: StringSelectMenuInteraction, id: Extract<CustomId, { kind: 'unanswered' }>, picked: string, context: BotContext): Promise<void> {
	if (!(await requireModerator(interaction, context.discord)) || !interaction.inGuild()) return;
	if (!context.editing) {
		await interaction.reply(forInteraction(noticeBody(NOTICES.editingUnavailable), { ephemeral: true }));
		return;
	}
	await interaction.deferReply({ flags: MessageFlags.Ephemeral });
	const { desk } = context.editing;
	const scope = reportScope(context.clock.now(), id.days, interaction.guildId);
	const by = authorOf(interaction);
	let text: string;
	if (picked === DISMISS) {
		const dismissed = await desk.dismiss(by, scope, id.group);
		text = dismissed.ok ? `✓ Dismissed "${dismissed.value.text}" (${dismissed.value.count} question${dismissed.value.count === 1 ? '' : 's'}); they are gone from the list.` : problemsText('✗ Nothing was changed:', dismissed.errors);
	} else {
		const accepted = await desk.accept(by, scope, id.group, picked.startsWith(ADD_PREFIX) ? picked.slice(ADD_PREFIX.length) : picked);
		text = accepted.ok
			? `✓ "${accepted.value.group.text}" is now an alternate of \`${accepted.value.applied.id}\`: members asking it get that entry from now on.\n${changeText(accepted, 'Saved')}`
			: changeText(accepted, 'Saved');
	}
	await interaction.editReply(forEditReply(noticeBody(text)));
}
