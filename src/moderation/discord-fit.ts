import { FAQ_FILES } from '../faq/files.js';
import type { Entry, Faq, Problem } from '../faq/model.js';
import { answerReply } from '../reply/build.js';
import { DISCORD_LIMITS, embedLength, rawEmbed, tipEmbed } from '../reply/embed.js';
import { describeTip } from '../tips/today.js';

/**
 * What Discord would refuse or cut in a pack. The reply is built and measured exactly as the bot
 * sends it, and refused rather than truncated. An expert or a source too long on its own is reported
 * once on its own file, and the entries that use it are not blamed for it.
 */
export function discordFit(faq: Faq): Problem[] {
	const shared: Problem[] = [];
	const tooLong = new Set<string>();
	const sharedPart = (file: string, id: string, parts: string, probe: Pick<Entry, 'experts' | 'sources'>) => {
		const [section] = rawEmbed(answerReply({ ...PROBE, ...probe }, faq)).fields;
		if (!section || section.value.length <= DISCORD_LIMITS.embedFieldValue) return;
		tooLong.add(`${file}:${id}`);
		shared.push({ file, entry: id, message: `${parts} come to ${section.value.length} characters in an answer's "${section.name}" section; Discord allows ${DISCORD_LIMITS.embedFieldValue}` });
	};
	for (const id of faq.experts.keys()) sharedPart(FAQ_FILES.experts, id, 'its name and credentials', { experts: [id], sources: [] });
	for (const id of faq.sources.keys()) sharedPart(FAQ_FILES.sources, id, 'its title, details, caveat and url', { experts: [], sources: [id] });
	if (faq.disclaimer.length > DISCORD_LIMITS.embedFooter) {
		shared.push({ file: FAQ_FILES.disclaimer, message: `is ${faq.disclaimer.length} characters; Discord shows at most ${DISCORD_LIMITS.embedFooter} under an answer` });
	}

	const disclaimerTooLong = shared.some(({ file }) => file === FAQ_FILES.disclaimer);
	const usesTooLong = (entry: Entry) =>
		disclaimerTooLong ||
		entry.experts.some((id) => tooLong.has(`${FAQ_FILES.experts}:${id}`)) ||
		entry.sources.some((id) => tooLong.has(`${FAQ_FILES.sources}:${id}`));
	// Each entry is measured at its longest: answering a message that asked two things, it also
	// names the other entry's question, and the longest one there is.
	const byLength = [...faq.entries].sort((a, b) => b.question.length - a.question.length);
	const longestOther = (entry: Entry) => byLength.find(({ id }) => id !== entry.id);
	return [
		...shared,
		...faq.entries.flatMap((entry) => entryProblems(entry, faq, usesTooLong(entry), longestOther(entry))),
		...tipProblems(faq, disclaimerTooLong),
	];
}

/** An entry with nothing of its own, to measure one expert or source alone. */
const PROBE: Entry = { id: 'probe', question: '', topic: '', alternates: [], tags: [], experts: [], sources: [], related: [], overlaps: [], examples: [], answer: '', file: '' };

function entryProblems(entry: Entry, faq: Faq, sharedTooLong: boolean, also: Entry | undefined): Problem[] {
	const where = { file: entry.file, entry: entry.id };
	const problems: Problem[] = [];
	if (entry.question.length > DISCORD_LIMITS.autocompleteChoiceName) {
		problems.push({ ...where, field: 'question', message: `is ${entry.question.length} characters; Discord shows at most ${DISCORD_LIMITS.autocompleteChoiceName} in a suggestion` });
	}
	const embed = rawEmbed({ ...answerReply(entry, faq), ...(also ? { alsoAsked: { id: also.id, question: also.question } } : {}) });
	if (embed.description.length > DISCORD_LIMITS.embedDescription) {
		problems.push({ ...where, field: 'answer', message: `is ${embed.description.length} characters; a Discord embed holds at most ${DISCORD_LIMITS.embedDescription}` });
	}
	// A part that is too long on its own was reported on its file; the sums it spoils would only repeat it.
	if (sharedTooLong) return problems;
	for (const { name, value } of embed.fields) {
		if (value.length > DISCORD_LIMITS.embedFieldValue) {
			problems.push({ ...where, field: name === 'Sources' ? 'sources' : 'experts', message: `the "${name}" section is ${value.length} characters; Discord allows ${DISCORD_LIMITS.embedFieldValue}: name fewer` });
		}
	}
	const total = embedLength(embed);
	if (total > DISCORD_LIMITS.embedTotal) {
		problems.push({ ...where, field: 'answer', message: `the whole answer with its attribution and disclaimer is ${total} characters; a Discord embed holds at most ${DISCORD_LIMITS.embedTotal}` });
	}
	return problems;
}

/** A tip shows its text, who said it and the disclaimer in one embed, and is refused rather than cut. */
function tipProblems(faq: Faq, disclaimerTooLong: boolean): Problem[] {
	return faq.tips.flatMap((tip, index) => {
		const where = { file: FAQ_FILES.tips, entry: tip.id };
		const { attribution } = describeTip(faq, tip);
		const embed = tipEmbed({ text: tip.text, attribution }, faq.disclaimer);
		const problems: Problem[] = [];
		if (tip.text.length > DISCORD_LIMITS.embedDescription) {
			problems.push({ ...where, field: `tips.${index}.text`, message: `is ${tip.text.length} characters; a Discord embed holds at most ${DISCORD_LIMITS.embedDescription}` });
		}
		if (attribution.length > DISCORD_LIMITS.embedFieldValue) {
			problems.push({ ...where, field: `tips.${index}.experts`, message: `credits come to ${attribution.length} characters; Discord allows ${DISCORD_LIMITS.embedFieldValue}: name fewer` });
		}
		const total = embedLength(embed);
		if (problems.length === 0 && !disclaimerTooLong && total > DISCORD_LIMITS.embedTotal) {
			problems.push({ ...where, field: `tips.${index}.text`, message: `the whole tip with its credits and disclaimer is ${total} characters; a Discord embed holds at most ${DISCORD_LIMITS.embedTotal}` });
		}
		return problems;
	});
}
