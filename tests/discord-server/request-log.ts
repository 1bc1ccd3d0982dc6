import type { IncomingHttpHeaders } from 'node:http';
import { decodePath } from './paths.js';
import { Waiters } from './waiters.js';

export interface RecordedFile {
	/** Form field name, `files[n]` as @discordjs/rest sends it. */
	field: string;
	name: string;
	contentType: string;
	data: Buffer;
}

export interface RecordedRequest {
	method: string;
	/**
	 * Relative to `/api/v10` and percent-decoded, e.g. `/channels/1/messages`
	 * or `/webhooks/1/tok/messages/@original`. Requests outside `/api/v10`
	 * keep their full path.
	 */
	path: string;
	query: Record<string, string>;
	/** Parsed JSON body; for multipart requests, the parsed `payload_json` part. */
	body: unknown;
	files: RecordedFile[];
	headers: IncomingHttpHeaders;
	/** The status the server answered with, including injected failures. */
	status: number;
	/** The JSON body the server answered with; undefined for 204. */
	response: unknown;
}

export type RequestPredicate = (request: RecordedRequest) => boolean;

/**
 * A predicate, or a method and path; the path may be escaped or not, so the
 * output of discord.js `Routes.*` helpers compares equal to what was recorded.
 */
export type RequestMatcher = RequestPredicate | { method: string; path: string };

export class RequestLog {
	readonly #requests: RecordedRequest[] = [];
	/** The first request per "METHOD path": a burst of waits for exact routes must not rescan the log. */
	readonly #firstByRoute = new Map<string, RecordedRequest>();
	readonly #waiters = new Waiters<RecordedRequest>();

	get all(): readonly RecordedRequest[] {
		return this.#requests;
	}

	record(request: RecordedRequest): void {
		this.#requests.push(request);
		const route = routeKey(request.method, request.path);
		if (!this.#firstByRoute.has(route)) this.#firstByRoute.set(route, request);
		this.#waiters.offer(request);
	}

	clear(): void {
		this.#requests.length = 0;
		this.#firstByRoute.clear();
	}

	/**
	 * Looks at already-recorded requests first, so a response that raced ahead
	 * of the call is not missed; `clear()` beforehand to only match new ones.
	 */
	waitFor(matcher: RequestMatcher, timeoutMs: number): Promise<RecordedRequest> {
		const { predicate, description, route } = compile(matcher);
		const recorded = route === undefined ? this.#requests.find(predicate) : this.#firstByRoute.get(route);
		if (recorded) return Promise.resolve(recorded);
		return this.#waiters.wait(
			timeoutMs,
			() => {
				const seen = this.#requests.map((r) => `  ${r.method} ${r.path} -> ${r.status}`).join('\n');
				return new Error(
					`Timed out after ${timeoutMs}ms waiting for ${description}. Requests recorded:\n${seen || '  (none)'}`,
				);
			},
			predicate,
		);
	}

	/** Fails pending waits so a test blocked on one reports why instead of hanging. */
	rejectPending(reason: string): void {
		this.#waiters.rejectAll(new Error(reason));
	}
}

function compile(matcher: RequestMatcher): { predicate: RequestPredicate; description: string; route?: string } {
	if (typeof matcher === 'function') return { predicate: matcher, description: 'a request matching the predicate' };
	const method = matcher.method.toUpperCase();
	const path = decodePath(matcher.path);
	return {
		predicate: (request) => request.method === method && request.path === path,
		description: `${method} ${path}`,
		route: routeKey(method, path),
	};
}

function routeKey(method: string, path: string): string {
	return `${method} ${path}`;
}
