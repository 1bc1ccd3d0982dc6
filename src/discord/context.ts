import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { Config } from '../config.js';
import type { Clock } from '../lib/clock.js';
import type { Logger } from '../logger.js';
import type { Engine } from '../match/engine.js';
import type { Store } from '../store/store.js';
import type { Cooldown } from './cooldown.js';
import type { FeedbackSink } from './feedback.js';

export type DiscordConfig = NonNullable<Config['discord']>;

/** What every handler works with; built once when the bot starts. */
export interface BotContext {
	readonly engine: Engine;
	readonly discord: DiscordConfig;
	readonly cooldown: Cooldown;
	readonly feedback: FeedbackSink;
	readonly logger: Logger;
	readonly store: Store;
	/** What "now" is for daily tips and today's tip. */
	readonly clock: Clock;
	/** Asks the scheduler to look at the schedules again at once, after a moderator changed one. */
	readonly wakeScheduler: () => void;
	/** The definitions the bot serves, as registered, so `/help` never drifts from them. */
	readonly definitions: readonly RESTPostAPIChatInputApplicationCommandsJSONBody[];
}
