import type { REST } from 'discord.js';
import type { Clock } from '../lib/clock.js';
import type { Logger } from '../logger.js';
import type { Engine } from '../match/engine.js';
import { startDailyTips } from '../schedule/daily-tips.js';
import { startRetention } from '../store/retention.js';
import type { Store } from '../store/store.js';
import { discordTipPoster } from './tip-poster.js';

/** What the bot does on its own, besides answering: the daily tips and deleting old rows. */
export interface BackgroundWork {
	/** Looks at the schedules again now. */
	wakeScheduler(): void;
	/** Resolves once nothing is being posted or deleted at the moment. */
	idle(): Promise<void>;
	/** Stops, after what is under way has finished. */
	stop(): Promise<void>;
}

export interface BackgroundOptions {
	readonly rest: REST;
	readonly store: Store;
	readonly engine: Engine;
	readonly clock: Clock;
	readonly logger: Logger;
	readonly retentionDays: number;
}

export function startBackgroundWork({ rest, store, engine, clock, logger, retentionDays }: BackgroundOptions): BackgroundWork {
	// The engine's FAQ is read at each post, so a live reload is followed without a restart.
	const tips = startDailyTips({ store: store.dailyTips, poster: discordTipPoster(rest), faq: () => engine.faq, clock, logger });
	const retention = startRetention(store, retentionDays, clock, logger);
	const loops = [tips, retention];
	return {
		wakeScheduler: () => tips.wake(),
		idle: async () => {
			await Promise.all(loops.map((loop) => loop.idle()));
		},
		stop: async () => {
			await Promise.all(loops.map((loop) => loop.stop()));
		},
	};
}
