import { DiscordAPIError, HTTPError } from 'discord.js';

/**
 * REST errors carry the request body (a member's answer) and a URL holding the interaction's
 * token, which lets anyone post as the bot for 15 minutes. Logs get the route and the reason only.
 */
export function loggableError(error: unknown): unknown {
	if (!(error instanceof DiscordAPIError || error instanceof HTTPError)) return error;
	return {
		name: error.name,
		message: error.message,
		status: error.status,
		...(error instanceof DiscordAPIError ? { code: error.code } : {}),
		method: error.method,
		path: new URL(error.url).pathname.replace(/\/(interactions\/\d+|webhooks\/\d+)\/[^/]+/, '/$1/:token'),
		stack: error.stack,
	};
}
