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

export interface PassReport {
	/** Posts that went out. */
	readonly posted: number;
	/** Schedules handled in this pass (posted, failed, moved on, or taken by another process). */
	readonly handled: number;
	/** The batch was full: more may be due right now. */
	readonly more: boolean;
}

/**
 * One pass over the schedules due at `now`. Each post is claimed in the database before it is
 * posted, so however many processes run passes at once, each due post goes out once.
 */
export async function postDueTips(deps: DailyPostDeps, now: number): Promise<PassReport> {
	const due = await deps.store.due(now, DUE_BATCH);
	let posted = 0;
	for (const schedule of due) {
		if (await handle(deps, schedule, now)) posted += 1;
	}
	return { posted, handled: due.length, more: due.length === DUE_BATCH };
}

async function handle(deps: DailyPostDeps, schedule: DailyTipSchedule, now: number): Promise<boolean> {
	const { store, logger } = deps;
	const { guildId, nextPostAt: dueAt } = schedule;
	if (dueAt === undefined) return false;
	const decision = decide(schedule, now, schedule.last);
	if (!decision.post) {
		await store.reschedule(guildId, dueAt, decision.nextAt);
		return false;
	}

	const faq = deps.faq();
	const { tip, newRound } = await tipFor(store, guildId, schedule.last, decision.date, faq);
	const claimed = await store.claim({ guildId, dueAt, now, date: decision.date, tipId: tip.id, following: decision.following, newRound });
	if (!claimed) return false;

	const where = { guildId, channelId: claimed.channelId, date: decision.date, tipId: tip.id };
	const outcome = await deps.poster.post(claimed.channelId, describeTip(faq, tip), faq, decision.date).catch(
		(error: unknown): PostOutcome => {
			logger.error({ err: error, ...where }, 'daily tip poster failed');
			return { ok: false, lasting: false, reason: 'an unexpected error' };
		},
	);
	if (outcome.ok) {
		await store.record({ kind: 'posted', guildId, date: decision.date, now });
		logger.info(where, 'daily tip posted');
		return true;
	}
	if (outcome.lasting) {
		const after = await store.record({
			kind: 'failed',
			guildId,
			date: decision.date,
			now,
			error: outcome.reason,
			pause: { afterDays: PAUSE_AFTER_DAYS, reason: `${PAUSE_AFTER_DAYS} days in a row I could not post: ${outcome.reason}` },
		});
		logger.warn({ ...where, reason: outcome.reason, failedDays: after?.failedDays }, 'daily tip could not be posted');
		if (after?.paused) logger.warn({ guildId, reason: after.paused.reason }, 'daily tips paused');
		return false;
	}
	const attempts = claimed.last?.attempts ?? 1;
	const retryAt = now + Math.min(FIRST_RETRY_MS * 2 ** (attempts - 1), LAST_RETRY_MS);
	await store.record({ kind: 'retry', guildId, date: decision.date, error: outcome.reason, retryAt });
	logger.warn({ ...where, reason: outcome.reason, attempts, retryAt: new Date(retryAt).toISOString() }, 'daily tip failed; trying again later today');
	return false;
}

/**
 * The tip a guild gets next. A retry posts the tip its first try claimed (the rotation already
 * counts it as shown) if the FAQ still has it; otherwise the rotation picks from the tips there are now.
 */
export async function tipFor(store: DailyTipStore, guildId: string, last: LastPost | undefined, date: string, faq: Faq): Promise<NextTip> {
	const retried = last?.date === date && last.status === 'retrying' ? faq.tips.find(({ id }) => id === last.tipId) : undefined;
	return retried ? { tip: retried, newRound: false } : nextTip(faq, await store.shownTips(guildId));
}
