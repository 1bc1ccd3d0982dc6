import type { Faq } from '../faq/model.js';
import type { Logger } from '../logger.js';
import type { DailyTipSchedule, DailyTipStore, LastPost } from '../store/store.js';
import { nextTip, type NextTip } from '../tips/rotation.js';
import { describeTip } from '../tips/today.js';
import { decide } from './decide.js';
import type { PostOutcome, TipPoster } from './poster.js';

/** Failed days in a row, for reasons only a moderator can fix, after which a schedule pauses itself. */
export const PAUSE_AFTER_DAYS = 3;

/** Schedules handled per pass; a fuller backlog (after a long outage) takes several passes back to back. */
export const DUE_BATCH = 100;

/** A post Discord did not take for a passing reason is tried again after 1, 2, 4 … minutes, at most hourly. */
const FIRST_RETRY_MS = 60_000;
const LAST_RETRY_MS = 3_600_000;

export interface DailyPostDeps {
	readonly store: DailyTipStore;
	readonly poster: TipPoster;
	/** The FAQ being served at the moment of posting: a reload may have changed it since the last post. */
	readonly faq: () => Faq;
	readonly logger: Logger;
}

/**
 * One pass over the schedules due at `now`. Each post is claimed in the database before it is
 * posted, so however many processes run passes at once, each due post goes out once. Resolves
 * with whether the batch was full, so more may be due right away.
 */
export async function postDueTips(deps: DailyPostDeps, now: number): Promise<{ readonly more: boolean }> {
	const due = await deps.store.due(now, DUE_BATCH);
	for (const schedule of due) await handle(deps, schedule, now);
	return { more: due.length === DUE_BATCH };
}

async function handle(deps: DailyPostDeps, schedule: DailyTipSchedule, now: number): Promise<void> {
	const { store, logger } = deps;
	const { guildId, nextPostAt: dueAt } = schedule;
	if (dueAt === undefined) return;
	const decision = decide(schedule, now, schedule.last);
	if (!decision.post) {
		await store.reschedule(guildId, dueAt, decision.nextAt);
		return;
	}

	const faq = deps.faq();
	const { tip, newRound } = await tipFor(store, guildId, schedule.last, decision.date, faq);
	const claimed = await store.claim({ guildId, dueAt, now, date: decision.date, tipId: tip.id, following: decision.following, newRound });
	if (!claimed) return;

	const post = { guildId, channelId: claimed.channelId, date: decision.date, tipId: tip.id };
	const outcome = await deps.poster.post(claimed.channelId, describeTip(faq, tip), faq, decision.date).catch(
		(error: unknown): PostOutcome => {
			logger.error({ err: error, ...post }, 'daily tip poster failed');
			return { ok: false, lasting: false, reason: 'an unexpected error' };
		},
	);
	await settle(deps, post, outcome, { now, following: decision.following, attempts: claimed.last?.attempts ?? 1 });
}

/** Records what came of a claimed post, and says so in the log. */
async function settle(
	{ store, logger }: DailyPostDeps,
	post: { readonly guildId: string; readonly channelId: string; readonly date: string; readonly tipId: string },
	outcome: PostOutcome,
	{ now, following, attempts }: { readonly now: number; readonly following: number; readonly attempts: number },
): Promise<void> {
	const { guildId, date } = post;
	if (outcome.ok) {
		await store.record({ kind: 'posted', guildId, date, now });
		logger.info(post, 'daily tip posted');
	} else if (outcome.lasting) {
		const reason = `${PAUSE_AFTER_DAYS} days in a row I could not post: ${outcome.reason}`;
		const after = await store.record({ kind: 'failed', guildId, date, now, error: outcome.reason, pause: { afterDays: PAUSE_AFTER_DAYS, reason } });
		logger.warn({ ...post, reason: outcome.reason, failedDays: after?.failedDays }, 'daily tip could not be posted');
		if (after?.paused) logger.warn({ guildId, reason: after.paused.reason }, 'daily tips paused');
	} else {
		// Never past the next day's time, so a long backoff cannot make that day's post late.
		const retryAt = Math.min(now + Math.min(FIRST_RETRY_MS * 2 ** (attempts - 1), LAST_RETRY_MS), following);
		await store.record({ kind: 'retry', guildId, date, error: outcome.reason, retryAt });
		logger.warn({ ...post, reason: outcome.reason, attempts, retryAt: new Date(retryAt).toISOString() }, 'daily tip failed; trying again later today');
	}
}

/**
 * The tip a guild gets next. A retry posts the tip its first try claimed (the rotation already
 * counts it as shown) if the FAQ still has it; otherwise the rotation picks from the tips there are now.
 */
export async function tipFor(store: DailyTipStore, guildId: string, last: LastPost | undefined, date: string, faq: Faq): Promise<NextTip> {
	const retried = last?.date === date && last.status === 'retrying' ? faq.tips.find(({ id }) => id === last.tipId) : undefined;
	return retried ? { tip: retried, newRound: false } : nextTip(faq, await store.shownTips(guildId));
}
