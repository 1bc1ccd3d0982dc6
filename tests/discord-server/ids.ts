import { randomBytes } from 'node:crypto';

const DISCORD_EPOCH_MS = 1_420_070_400_000n;

let increment = 0n;

/**
 * A real-looking snowflake for "now". discord.js derives `createdTimestamp` from
 * ids, so timestamps must be plausible; the per-process increment keeps ids
 * minted in the same millisecond unique.
 */
export function snowflake(): string {
	increment = (increment + 1n) & 0xfffn;
	return (((BigInt(Date.now()) - DISCORD_EPOCH_MS) << 22n) | increment).toString();
}

/** Interaction tokens are opaque to the bot; uniqueness is what routing relies on. */
export function interactionToken(): string {
	return `itok_${randomBytes(24).toString('base64url')}`;
}
