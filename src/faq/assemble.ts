import { fail, ok, type Result } from '../lib/result.js';
import { answerReply } from '../reply/build.js';
import { DISCORD_LIMITS, embedLength, rawEmbed } from '../reply/embed.js';
import { FAQ_FILES } from './files.js';
import type { Entry, Expert, Faq, Pack, Problem, Source, Tip } from './model.js';

interface Parts {
	readonly pack: Pack;
	readonly entries: readonly Entry[];
	readonly experts: readonly Expert[];
	readonly sources: readonly Source[];
	readonly tips: readonly Tip[];
	readonly disclaimer: string;
	readonly synonyms: readonly (readonly string[])[];
}

/** Joins separately valid files into one pack, checking everything that spans files. */
export function assembleFaq(parts: Parts): Result<Faq, Problem> {
	const problems: Problem[] = [];
	const experts = indexById(parts.experts, FAQ_FILES.experts, 'expert', problems);
	const sources = indexById(parts.sources, FAQ_FILES.sources, 'source', problems);
	const byId = new Map<string, Entry>();
	for (const entry of parts.entries) {
		const first = byId.get(entry.id);
		if (first) problems.push({ file: entry.file, entry: entry.id, field: 'id', message: `duplicate id: ${first.file} already uses it` });
		else byId.set(entry.id, entry);
	}
	indexById(parts.tips, FAQ_FILES.tips, 'tip', problems);

	if (!sources.has(parts.pack.article)) {
		problems.push({ file: FAQ_FILES.pack, field: 'article', message: `unknown source "${parts.pack.article}"; it must be an id in ${FAQ_FILES.sources}` });
	}

	const checkRefs = (ids: readonly string[], known: ReadonlyMap<string, unknown>, kind: string, where: Omit<Problem, 'message' | 'field'>, field: string) => {
		ids.forEach((id, index) => {
			if (!known.has(id)) problems.push({ ...where, field: `${field}[${index}]`, message: `unknown ${kind} "${id}"` });
		});
	};

	const phrasingOwner = new Map<string, string>();
	for (const entry of parts.entries) {
		const where = { file: entry.file, entry: entry.id };
		checkRefs(entry.experts, experts, `expert (see ${FAQ_FILES.experts})`, where, 'experts');
		checkRefs(entry.sources, sources, `source (see ${FAQ_FILES.sources})`, where, 'sources');
		checkRefs(entry.related, byId, 'related entry id', where, 'related');
		if (entry.related.includes(entry.id)) problems.push({ ...where, field: 'related', message: 'an entry cannot be related to itself' });

		[entry.question, ...entry.alternates].forEach((phrasing, index) => {
			const key = phrasing.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
			const owner = phrasingOwner.get(key);
			const field = index === 0 ? 'question' : `alternates[${index - 1}]`;
			if (owner !== undefined && owner !== entry.id) {
				problems.push({ ...where, field, message: `"${phrasing}" is also a question or alternate of entry "${owner}"; each phrasing must lead to one entry` });
			} else if (owner === entry.id) {
				problems.push({ ...where, field, message: `"${phrasing}" is listed twice in this entry` });
			}
			phrasingOwner.set(key, entry.id);
		});

		if (entry.question.length > DISCORD_LIMITS.autocompleteChoiceName) {
			problems.push({ ...where, field: 'question', message: `is ${entry.question.length} characters; Discord shows at most ${DISCORD_LIMITS.autocompleteChoiceName} in a suggestion` });
		}
	}

	for (const tip of parts.tips) {
		const where = { file: FAQ_FILES.tips, entry: tip.id };
		checkRefs([tip.entry], byId, 'entry id', where, 'entry');
		checkRefs(tip.experts, experts, 'expert', where, 'experts');
		checkRefs(tip.sources, sources, 'source', where, 'sources');
	}

	if (problems.length > 0) return fail(problems);
	const faq: Faq = { ...parts, byId, experts, sources };
	const overLimit = parts.entries.flatMap((entry) => discordLimitProblems(entry, faq));
	return overLimit.length > 0 ? fail(overLimit) : ok(faq);
}

/** An entry whose answer Discord would refuse or cut is reported, not silently truncated. */
function discordLimitProblems(entry: Entry, faq: Faq): Problem[] {
	const where = { file: entry.file, entry: entry.id };
	const embed = rawEmbed(answerReply(entry, faq));
	const problems: Problem[] = [];
	if (embed.description.length > DISCORD_LIMITS.embedDescription) {
		problems.push({ ...where, field: 'answer', message: `is ${embed.description.length} characters; a Discord embed holds at most ${DISCORD_LIMITS.embedDescription}` });
	}
	for (const { name, value } of embed.fields) {
		if (value.length > DISCORD_LIMITS.embedFieldValue) {
			problems.push({ ...where, field: name.toLowerCase(), message: `the "${name}" section is ${value.length} characters; Discord allows ${DISCORD_LIMITS.embedFieldValue}` });
		}
	}
	const total = embedLength(embed);
	if (total > DISCORD_LIMITS.embedTotal) {
		problems.push({ ...where, field: 'answer', message: `the whole answer with its attribution and disclaimer is ${total} characters; a Discord embed holds at most ${DISCORD_LIMITS.embedTotal}` });
	}
	return problems;
}

function indexById<T extends { id: string }>(items: readonly T[], file: string, kind: string, problems: Problem[]): Map<string, T> {
	const map = new Map<string, T>();
	for (const item of items) {
		if (map.has(item.id)) problems.push({ file, entry: item.id, field: 'id', message: `duplicate ${kind} id "${item.id}"` });
		map.set(item.id, item);
	}
	return map;
}
