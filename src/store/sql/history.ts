import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { FaqHistoryStore, HistoryRecord, NewVersion } from '../store.js';
import type { Tables } from './tables.js';

const millis = z.union([z.number().int(), z.string().regex(/^-?\d+$/).transform(Number)]);
const historyRow = z
	.object({
		entry_id: z.string(),
		number: z.union([z.number().int().min(1), z.string().regex(/^\d+$/).transform(Number)]),
		version: z.string(),
		text: z.string(),
		change: z.enum(['found', 'edit', 'new', 'alternate', 'revert']),
		detail: z.string(),
		moderator_id: z.string().nullable(),
		guild_id: z.string().nullable(),
		at: millis,
	})
	.transform(
		(row): HistoryRecord => ({
			entryId: row.entry_id,
			number: row.number,
			version: row.version,
			text: row.text,
			change: row.change,
			detail: row.detail,
			...(row.moderator_id !== null ? { moderatorId: row.moderator_id } : {}),
			...(row.guild_id !== null ? { guildId: row.guild_id } : {}),
			at: row.at,
		}),
	);

/** Entry versions over any Kysely dialect. */
export function sqlHistoryStore(db: Kysely<Tables>): FaqHistoryStore {
	return {
		record: (entryId, before, after) =>
			db.transaction().execute(async (trx) => {
				const latest = await trx.selectFrom('faq_history').select(['number', 'version']).where('entry_id', '=', entryId).orderBy('number', 'desc').executeTakeFirst();
				let number = latest === undefined ? 0 : Number(latest.number);
				const insert = async (version: NewVersion) => {
					number += 1;
					const row = await trx
						.insertInto('faq_history')
						.values({
							entry_id: entryId,
							number,
							version: version.version,
							text: version.text,
							change: version.change,
							detail: version.detail,
							moderator_id: version.moderatorId ?? null,
							guild_id: version.guildId ?? null,
							at: version.at,
						})
						.returningAll()
						.executeTakeFirstOrThrow();
					return historyRow.parse(row);
				};
				if (before !== undefined && latest?.version !== before.version) {
					await insert({ version: before.version, text: before.text, change: 'found', detail: 'as found on disk', at: before.at });
				}
				return insert(after);
			}),

		async list(entryId) {
			const rows = await db.selectFrom('faq_history').selectAll().where('entry_id', '=', entryId).orderBy('number', 'desc').execute();
			return rows.map((row) => historyRow.parse(row));
		},

		async get(entryId, number) {
			const row = await db.selectFrom('faq_history').selectAll().where('entry_id', '=', entryId).where('number', '=', number).executeTakeFirst();
			return row && historyRow.parse(row);
		},
	};
}
