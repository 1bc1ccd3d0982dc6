import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { Config } from '../config.js';
import type { Clock } from '../lib/clock.js';
import type { Logger } from '../logger.js';
import type { ReloadEvent } from '../serving/live.js';
import type { Engine } from '../match/engine.js';
import type { Desk } from '../moderation/desk.js';
import type { Learning } from '../moderation/learning.js';
import type { Store } from '../store/store.js';
import type { Cooldown } from './cooldown.js';

export type DiscordConfig = NonNullable<Config['discord']>;

/** What every handler works with; built once when the bot starts. */
export interface BotContext {
	readonly engine: Engine;
	readonly discord: DiscordConfig;
	readonly cooldown: Cooldown;
	/** Where what members ask and click is recorded. */
	readonly learning: Learning;
	/** Moderators' changes to the FAQ folder; absent when the bot serves a pack without following its folder. */
	readonly editing?: FaqEditing;
	readonly logger: Logger;
	readonly store: Store;
	/** Days the learned counts are kept (RETENTION_DAYS), to say so when stats ask for more. */
	readonly retentionDays: number;
	/** What "now" is for daily tips and today's tip. */
	readonly clock: Clock;
	/** Asks the scheduler to look at the schedules again at once, after a moderator changed one. */
	readonly wakeScheduler: () => void;
	/** The definitions the bot serves, as registered, so `/help` never drifts from them. */
	readonly definitions: readonly RESTPostAPIChatInputApplicationCommandsJSONBody[];
}

/** The FAQ folder as moderators change it from Discord. */
export interface FaqEditing {
	readonly desk: Desk;
	/** Checks the folder again and serves it, or reports every problem while the last good FAQ serves. */
	readonly reload: () => Promise<ReloadEvent>;
}
