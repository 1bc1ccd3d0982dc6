import type { Kysely, SelectQueryBuilder } from 'kysely';
import { z } from 'zod';
import type { LearningStore, Scope } from '../store.js';
import type { Tables } from './tables.js';

const VOTER_KEY = 'voter-key';

/** SUM and COUNT come back as numbers from SQLite and as strings (64-bit) from PostgreSQL. */
const total = z.union([z.number(), z.string().regex(/^\d+$/).transform(Number), z.bigint().transform(Number)]);
const perDay = z.object({ day: z.string(), count: total });
const perEntry = z.object({ entry_id: z.string(), count: total }).transform(({ entry_id, count }) => ({ entryId: entry_id, count }));
const votes = z
	.object({ entry_id: z.string(), helpful: total, votes: total })
	.transform(({ entry_id, helpful, votes }) => ({ entryId: entry_id, helpful, notHelpful: votes - helpful }));
const question = z.object({ text: z.string(), status: z.enum(['no_match', 'ambiguous']), count: total });

/** The learning records over any Kysely dialect. */
export function sqlLearningStore(db: Kysely<Tables>): LearningStore {
	return {
		async voterKey(candidate) {
			// Whoever inserts first wins; every process then reads the same key.
			await db.insertInto('store_secrets').values({ name: VOTER_KEY, value: candidate }).onConflict((conflict) => conflict.column('name').doNothing()).execute();
			const row = await db.selectFrom('store_secrets').select('value').where('name', '=', VOTER_KEY).executeTakeFirstOrThrow();
			return z.string().min(1).parse(row.value);
		},

		async vote({ guildId, entryId, voter, helpful, day }) {
			const values = { helpful: helpful ? 1 : 0, day };
			await db
				.insertInto('feedback_votes')
				.values({ guild_id: guildId, entry_id: entryId, voter, ...values })
				.onConflict((conflict) => conflict.columns(['guild_id', 'entry_id', 'voter']).doUpdateSet(values))
				.execute();
		},

		async answered({ guildId, entryId, day }) {
			await db
				.insertInto('answered_entries')
				.values({ guild_id: guildId, day, entry_id: entryId, count: 1 })
				.onConflict((conflict) => conflict.columns(['guild_id', 'day', 'entry_id']).doUpdateSet((eb) => ({ count: eb('answered_entries.count', '+', 1) })))
				.execute();
		},

		async unanswered({ guildId, day, text, status }) {
			await db
				.insertInto('unanswered_questions')
				.values({ guild_id: guildId, day, text, status, count: 1 })
				// The latest verdict stands: an edit may have turned "no match" into "did you mean".
				.onConflict((conflict) => conflict.columns(['guild_id', 'day', 'text']).doUpdateSet((eb) => ({ count: eb('unanswered_questions.count', '+', 1), status })))
				.execute();
		},

		async answersPerDay(scope) {
			const rows = await within(db.selectFrom('answered_entries'), scope)
				.select(['day', (eb) => eb.fn.sum<number>('count').as('count')])
				.groupBy('day')
				.orderBy('day')
				.execute();
			return rows.map((row) => perDay.parse(row));
		},

		async answersPerEntry(scope) {
			const rows = await within(db.selectFrom('answered_entries'), scope)
				.select(['entry_id', (eb) => eb.fn.sum<number>('count').as('count')])
				.groupBy('entry_id')
				.orderBy('count', 'desc')
				.orderBy('entry_id')
				.execute();
			return rows.map((row) => perEntry.parse(row));
		},

		async votesPerEntry(scope) {
			const rows = await within(db.selectFrom('feedback_votes'), scope)
				.select(['entry_id', (eb) => eb.fn.sum<number>('helpful').as('helpful'), (eb) => eb.fn.countAll<number>().as('votes')])
				.groupBy('entry_id')
				.orderBy('votes', 'desc')
				.orderBy('entry_id')
				.execute();
			return rows.map((row) => votes.parse(row));
		},

		async unansweredQuestions(scope) {
			const rows = await within(db.selectFrom('unanswered_questions'), scope)
				// A text asked on several days is "no match" if it ever was: 'no_match' sorts after 'ambiguous'.
				.select(['text', (eb) => eb.fn.max('status').as('status'), (eb) => eb.fn.sum<number>('count').as('count')])
				.groupBy('text')
				.orderBy('count', 'desc')
				.orderBy('text')
				.execute();
			return rows.map((row) => question.parse(row));
		},

		async forget(scope, texts) {
			if (texts.length === 0) return 0;
			const result = await db
				.deleteFrom('unanswered_questions')
				.where('day', '>=', scope.fromDay)
				.$if(scope.guildId !== undefined, (query) => query.where('guild_id', '=', scope.guildId!))
				.where('text', 'in', texts)
				.executeTakeFirst();
			return Number(result.numDeletedRows);
		},
	};
}

type Counted = 'answered_entries' | 'feedback_votes' | 'unanswered_questions';

function within<T extends Counted, O>(query: SelectQueryBuilder<Tables, T, O>, scope: Scope): SelectQueryBuilder<Tables, T, O> {
	const dated = query.where('day', '>=', scope.fromDay as never);
	return scope.guildId === undefined ? dated : dated.where('guild_id', '=', scope.guildId as never);
}
