import { ComponentType, MessageFlags, TextInputStyle } from 'discord.js';
import type { APIModalInteractionResponseCallbackData, ChatInputCommandInteraction, ModalSubmitInteraction } from 'discord.js';
import { describeDiff } from '../faq/diff.js';
import type { ReloadEvent } from '../serving/live.js';
import { formatProblem, type Problem } from '../faq/model.js';
import { topicsOf } from '../faq/topics.js';
import type { Author, DeskResult, Done } from '../moderation/desk.js';
import type { EntryForm } from '../moderation/entry-form.js';
import { clamp, DISCORD_LIMITS } from '../reply/embed.js';
import type { HistoryRecord } from '../store/store.js';
import { forEditReply, forInteraction, noticeBody } from './body.js';
import type { BotContext, FaqEditing } from './context.js';
import { formatCustomId, ID_MAX_LENGTH, parseEntryChoice, type CustomId } from './ids.js';
import { requireModerator } from './moderators.js';
import { NOTICES } from './notices.js';

/** Discord's limits on a form: its title, a field's description, and what a text input holds (so the longest answer a form can edit). */
const FORM_LIMITS = { title: 45, description: 100, value: 4000, question: DISCORD_LIMITS.autocompleteChoiceName } as const;

const INPUTS = { question: 'question', answer: 'answer', alternates: 'alternates', tags: 'tags' } as const;

type Command = ChatInputCommandInteraction<'cached' | 'raw'>;

/** `/faqadmin reload`: the folder checked and served now, or every problem while the last good FAQ keeps answering. */
export async function reloadFaq(interaction: Command, { reload }: FaqEditing, { logger }: BotContext): Promise<void> {
	await interaction.deferReply({ flags: MessageFlags.Ephemeral });
	const event = await reload();
	logger.info({ moderatorId: interaction.user.id, guildId: interaction.guildId, ok: event.ok, ...(event.ok ? { changes: event.changes } : { problems: event.problems.length }) }, 'FAQ reload asked for');
	await interaction.editReply(forEditReply(noticeBody(reloadText(event))));
}

export function reloadText(event: ReloadEvent): string {
	if (event.ok) return [`✓ Reloaded the FAQ: ${event.entries} entries, and members are answered from it now.`, ...bullets(describeDiff(event.changes))].join('\n');
	return problemsText(`✗ The FAQ has ${count(event.problems.length, 'problem')}, so it was not reloaded: members are still answered from the last good FAQ. Fix these, then reload again:`, event.problems);
}

/** `/faqadmin edit entry:` opens the entry in a form; the version of its file travels in the form's id. */
export async function openEditForm(interaction: Command, { desk }: FaqEditing): Promise<void> {
	const id = parseEntryChoice(interaction.options.getString('entry', true));
	if (id === undefined) return notice(interaction, NOTICES.pickAnEntry);
	const opened = await desk.open(id);
	if (!opened.ok) return notice(interaction, problemsText('✗ That entry cannot be opened:', opened.errors));
	const { form, version, entry } = opened.value;
	if (form.answer.length > FORM_LIMITS.value || form.alternates.length > FORM_LIMITS.value) return notice(interaction, NOTICES.tooLongForAForm(entry.file));
	const customId = formatCustomId({ kind: 'edit', version, entryId: id });
	await interaction.showModal(entryModal(customId, `Edit: ${entry.question}`, form, `Entry ${id}, file ${entry.file}`));
}

/** `/faqadmin new topic:` opens an empty form for a new entry in one of the FAQ's topics. */
export async function openNewForm(interaction: Command, context: BotContext): Promise<void> {
	const typed = interaction.options.getString('topic', true).trim();
	const topics = topicsOf(context.engine.faq).map(({ name }) => name);
	const topic = topics.find((name) => name.toLowerCase() === typed.toLowerCase());
	if (topic === undefined) return notice(interaction, NOTICES.unknownTopic(topics));
	const customId = formatCustomId({ kind: 'new', topic });
	if (customId.length > ID_MAX_LENGTH) return notice(interaction, NOTICES.topicTooLong);
	await interaction.showModal(entryModal(customId, 'New FAQ entry', { question: '', answer: '', alternates: '' }, `Topic: ${topic}`, true));
}

/** A submitted edit or new-entry form: checked with the whole pack, written, served and kept, or refused with the problems. */
export async function submitEntryForm(interaction: ModalSubmitInteraction, id: Extract<CustomId, { kind: 'edit' | 'new' }>, context: BotContext): Promise<void> {
	if (!(await requireModerator(interaction, context.discord))) return;
	if (!context.editing) return notice(interaction, NOTICES.editingUnavailable);
	await interaction.deferReply({ flags: MessageFlags.Ephemeral });
	const { desk } = context.editing;
	const value = (input: string) => interaction.fields.getTextInputValue(input);
	const form: EntryForm = { question: value(INPUTS.question), answer: value(INPUTS.answer), alternates: value(INPUTS.alternates) };
	const by = authorOf(interaction);
	const result =
		id.kind === 'edit'
			? await desk.edit(by, id.entryId, id.version, form)
			: await desk.create(by, { ...form, topic: id.topic, tags: tagsOf(value(INPUTS.tags)) });
	await interaction.editReply(forEditReply(noticeBody(changeText(result, id.kind === 'new' ? 'Created' : 'Saved'))));
}

/** `/faqadmin history entry:`: the versions kept, newest first, with who made each and when. */
export async function showHistory(interaction: Command, { desk }: FaqEditing): Promise<void> {
	const id = parseEntryChoice(interaction.options.getString('entry', true));
	if (id === undefined) return notice(interaction, NOTICES.pickAnEntry);
	const [versions, current] = await Promise.all([desk.history(id), desk.version(id)]);
	await notice(interaction, historyText(id, versions, current));
}

/** `/faqadmin revert entry: version:`: that version's text written back over whatever the file holds, through the same check. */
export async function revertEntry(interaction: Command, { desk }: FaqEditing): Promise<void> {
	const id = parseEntryChoice(interaction.options.getString('entry', true));
	if (id === undefined) return notice(interaction, NOTICES.pickAnEntry);
	await interaction.deferReply({ flags: MessageFlags.Ephemeral });
	const result = await desk.revert(authorOf(interaction), id, interaction.options.getInteger('version', true));
	await interaction.editReply(forEditReply(noticeBody(changeText(result, 'Restored'))));
}

export function historyText(id: string, versions: readonly HistoryRecord[], current: string): string {
	if (versions.length === 0) return NOTICES.noHistory(id);
	const lines = versions.map((version) => `**v${version.number}** · ${versionLine(version)}${version.version === current ? ' · **current**' : ''}`);
	return fitLines(`History of \`${id}\`, newest first (\`/faqadmin revert\` restores a version):`, lines);
}

/** One version as a line: when, who, what. */
export function versionLine(version: HistoryRecord): string {
	const who = version.moderatorId ? `<@${version.moderatorId}>` : version.change === 'found' ? 'changed outside Discord' : 'from the command line';
	return `<t:${Math.floor(version.at / 1000)}:f> · ${who} · ${describeChange(version)}`;
}

export function describeChange({ change, detail }: Pick<HistoryRecord, 'change' | 'detail'>): string {
	return change === 'found' ? detail : `${CHANGE_WORDS[change]}: ${detail}`;
}

const CHANGE_WORDS: Record<Exclude<HistoryRecord['change'], 'found'>, string> = { edit: 'edited', new: 'created', alternate: 'added an alternate', revert: 'reverted' };

/** What a moderator is told about a change: what members now get, or why nothing was written. */
export function changeText(result: DeskResult<Done>, verb: string): string {
	if (!result.ok) return problemsText('✗ Nothing was changed:', result.errors);
	const { applied, record, changes } = result.value;
	return [`✓ ${verb} \`${applied.file}\` (version ${record.number} in \`/faqadmin history\`); members get it now.`, ...bullets(changes)].join('\n');
}

export function problemsText(heading: string, problems: readonly Problem[]): string {
	return fitLines(heading, bullets(problems.map(formatProblem)));
}

export function authorOf(interaction: { readonly user: { readonly id: string }; readonly guildId: string | null }): Author {
	return { userId: interaction.user.id, ...(interaction.guildId ? { guildId: interaction.guildId } : {}) };
}

function entryModal(customId: string, title: string, form: EntryForm, where: string, withTags = false): APIModalInteractionResponseCallbackData {
	const input = (label: string, customId: string, value: string, options: { style: TextInputStyle; maxLength: number; description?: string; required?: boolean }) => ({
		type: ComponentType.Label as const,
		label,
		...(options.description ? { description: clamp(options.description, FORM_LIMITS.description) } : {}),
		component: {
			type: ComponentType.TextInput as const,
			custom_id: customId,
			style: options.style,
			max_length: options.maxLength,
			required: options.required ?? true,
			...(value ? { value } : {}),
		},
	});
	return {
		custom_id: customId,
		title: clamp(title, FORM_LIMITS.title),
		components: [
			input('Question', INPUTS.question, form.question, { style: TextInputStyle.Short, maxLength: FORM_LIMITS.question, description: where }),
			input('Answer', INPUTS.answer, form.answer, { style: TextInputStyle.Paragraph, maxLength: FORM_LIMITS.value }),
			input('Alternates, one per line', INPUTS.alternates, form.alternates, { style: TextInputStyle.Paragraph, maxLength: FORM_LIMITS.value, description: 'Other ways members ask it; at least 3' }),
			...(withTags
				? [input('Tags (optional)', INPUTS.tags, '', { style: TextInputStyle.Short, maxLength: 200, required: false, description: 'Words members use for it, comma-separated; left empty, taken from the question' })]
				: []),
		],
	};
}

function tagsOf(text: string): string[] {
	return text.split(',').map((tag) => tag.trim()).filter(Boolean);
}

async function notice(interaction: Command | ModalSubmitInteraction, text: string): Promise<void> {
	await interaction.reply(forInteraction(noticeBody(text), { ephemeral: true }));
}

function bullets(lines: readonly string[]): string[] {
	return lines.map((line) => `• ${line}`);
}

/** A heading and as many lines as fit in one message, then how many more there are. */
export function fitLines(heading: string, lines: readonly string[]): string {
	const limit = DISCORD_LIMITS.messageContent - 40;
	const shown: string[] = [heading];
	let length = heading.length;
	for (const [index, line] of lines.entries()) {
		if (length + line.length + 1 > limit) {
			shown.push(`… and ${lines.length - index} more.`);
			break;
		}
		shown.push(line);
		length += line.length + 1;
	}
	return shown.join('\n');
}

function count(n: number, singular: string): string {
	return `${n} ${singular}${n === 1 ? '' : 's'}`;
}
