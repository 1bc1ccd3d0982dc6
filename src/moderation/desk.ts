import { describeDiff, type FaqDiff } from '../faq/diff.js';
import type { Problem } from '../faq/model.js';
import type { CheckedPack } from '../serving/pack-check.js';
import { versionOf } from '../faq/write-file.js';
import type { Clock } from '../lib/clock.js';
import { fail, ok, type Result } from '../lib/result.js';
import type { Logger } from '../logger.js';
import type { Engine } from '../match/engine.js';
import type { FaqHistoryStore, HistoryChange, HistoryRecord, LearningStore, Scope } from '../store/store.js';
import type { Applied, Editor, EditResult } from './edit.js';
import type { EntryForm, NewEntryForm } from './entry-form.js';
import { unansweredGroups } from './report.js';
import type { UnansweredGroup } from './unanswered.js';

/** Who made a change: a moderator in a guild, or (neither) someone at the command line. */
export interface Author {
	readonly userId?: string;
	readonly guildId?: string;
}

/** A change written, served and recorded. */
export interface Done {
	readonly applied: Applied;
	/** The version it became in the entry's history. */
	readonly record: HistoryRecord;
	/** What members see change, as `describeDiff` lines. */
	readonly changes: readonly string[];
}

export type DeskResult<T = Done> = Result<T, Problem>;

export interface DeskDeps {
	readonly editor: Editor;
	/** Puts a checked pack in service (`LiveEngine.serve`), returning what changed for members. */
	readonly serve: (pack: CheckedPack) => Promise<FaqDiff>;
	/** The engine answering now, to group unanswered questions as it reads them. */
	readonly engine: () => Engine;
	readonly history: FaqHistoryStore;
	readonly learning: LearningStore;
	readonly clock: Clock;
	readonly logger: Logger;
}

/**
 * Moderators' changes to the FAQ, wherever they come from (Discord, the command line): each goes
 * through the editor (the whole pack checked with the change, written atomically, refused if the
 * file changed meanwhile), is served at once, kept in the entry's history with who made it, and
 * logged. Nothing here knows Discord.
 */
export function createDesk({ editor, serve, engine, history, learning, clock, logger }: DeskDeps) {
	const commit = async (by: Author, change: HistoryChange, detail: (changes: FaqDiff, applied: Applied) => string, result: EditResult): Promise<DeskResult> => {
		if (!result.ok) return result;
		const applied = result.value;
		const changes = await serve(applied.pack);
		const at = clock.now();
		const record = await history.record(
			applied.id,
			applied.before === undefined ? undefined : { version: versionOf(applied.before), text: applied.before, at },
			{ version: applied.version, text: applied.text, change, detail: detail(changes, applied), at, ...(by.userId ? { moderatorId: by.userId } : {}), ...(by.guildId ? { guildId: by.guildId } : {}) },
		);
		const lines = describeDiff(changes);
		logger.info({ moderatorId: by.userId, guildId: by.guildId, entry: applied.id, file: applied.file, change, version: record.number, changes: lines }, 'FAQ entry changed');
		return ok({ applied, record, changes: lines });
	};

	const fieldsOf = (id: string) => (changes: FaqDiff) => changes.entries.edited.find((edited) => edited.id === id)?.fields.join(', ') ?? 'no change';

	/** The group with this key among a scope's unanswered questions, as a report showed it. */
	const findGroup = async (scope: Scope, key: string): Promise<DeskResult<UnansweredGroup>> => {
		const group = (await unansweredGroups(learning, engine(), scope)).find((candidate) => candidate.key === key);
		return group ? ok(group) : fail([{ file: 'unanswered questions', message: 'that group is gone: it was handled already, or its questions are past the period or the retention time' }]);
	};

	return {
		open: (id: string) => editor.open(id),
		/** The version of the entry's file now, to mark the current one in its history. */
		version: (id: string) => editor.version(id),
		history: (id: string) => history.list(id),

		edit: async (by: Author, id: string, version: string, form: EntryForm) => commit(by, 'edit', fieldsOf(id), await editor.edit(id, version, form)),

		create: async (by: Author, form: NewEntryForm) => commit(by, 'new', () => `new entry in "${form.topic.trim()}"`, await editor.create(form)),

		/** Restores the text of version `number` over whatever the file holds now. */
		async revert(by: Author, id: string, number: number): Promise<DeskResult> {
			const old = await history.get(id, number);
			if (!old) return fail([{ file: `entries/${id}.md`, entry: id, message: `has no version ${number}; /faqadmin history lists the ones kept` }]);
			return commit(by, 'revert', () => `back to version ${number}`, await editor.revert(id, await editor.version(id), old.text));
		},

		/** A group of unanswered questions accepted: its most asked wording becomes an alternate of the entry, and the group is settled. */
		async accept(by: Author, scope: Scope, key: string, entryId: string): Promise<DeskResult<Done & { group: UnansweredGroup }>> {
			const group = await findGroup(scope, key);
			if (!group.ok) return group;
			const done = await commit(by, 'alternate', () => `alternate "${group.value.text}"`, await editor.addAlternate(entryId, group.value.text));
			if (!done.ok) return done;
			await learning.forget(scope, group.value.texts);
			return ok({ ...done.value, group: group.value });
		},

		/** A group a moderator decided needs nothing: its questions are deleted. */
		async dismiss(by: Author, scope: Scope, key: string): Promise<DeskResult<UnansweredGroup>> {
			const group = await findGroup(scope, key);
			if (!group.ok) return group;
			await learning.forget(scope, group.value.texts);
			logger.info({ moderatorId: by.userId, guildId: by.guildId, questions: group.value.count }, 'unanswered questions dismissed');
			return group;
		},
	};
}

export type Desk = ReturnType<typeof createDesk>;
