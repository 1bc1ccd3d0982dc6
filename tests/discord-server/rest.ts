import type { IncomingMessage, ServerResponse } from 'node:http';
import { PathPattern, decodePath } from './paths.js';
import type { RecordedFile, RecordedRequest, RequestLog } from './request-log.js';

const API_PREFIX = '/api/v10';

export interface ApiResponse {
	status: number;
	body?: unknown;
}

export type IncomingRequest = Omit<RecordedRequest, 'status' | 'response'>;

export interface Route {
	method: string;
	/** Literal segments and `:name` placeholders, relative to `/api/v10`. */
	pattern: string;
	/** `none` for interaction callbacks and webhooks, which authenticate by the token in their path. */
	auth: 'bot' | 'none';
	handle(params: Record<string, string>, request: IncomingRequest): ApiResponse;
}

export interface InjectedFailure {
	status: number;
	/** Defaults to a Discord error object for the status. */
	body?: unknown;
	/** How many matching requests fail; @discordjs/rest retries 5xx answers 3 times, so 4 are needed to surface one. */
	times?: number;
	/** The request is carried out and only its answer is lost on the way back, as when a connection drops. */
	afterHandling?: boolean;
}

/** Discord's JSON error shape, which @discordjs/rest turns into a `DiscordAPIError` for 4xx statuses. */
export function apiError(status: number, code: number, message: string, errors?: unknown): ApiResponse {
	return { status, body: errors === undefined ? { message, code } : { message, code, errors } };
}

export function invalidFormBody(field: string, code: string, message: string): ApiResponse {
	const errors = field
		.split('.')
		.reduceRight<unknown>((inner, key) => ({ [key]: inner }), { _errors: [{ code, message }] });
	return apiError(400, 50035, 'Invalid Form Body', errors);
}

interface ArmedFailure {
	method: string;
	matches: (path: string) => boolean;
	response: ApiResponse;
	remaining: number;
	afterHandling: boolean;
}

/** HTTP plumbing shared by all routes: parsing, auth, failure injection and recording. */
export class RestServer {
	readonly #routes: { route: Route; pattern: PathPattern }[];
	readonly #token: string;
	readonly #log: RequestLog;
	readonly #failures: ArmedFailure[] = [];

	constructor(options: { routes: Route[]; token: string; log: RequestLog }) {
		this.#routes = options.routes.map((route) => ({ route, pattern: new PathPattern(route.pattern) }));
		this.#token = options.token;
		this.#log = options.log;
	}

	failNext(method: string, pathPattern: string | RegExp, failure: InjectedFailure): void {
		const pattern = typeof pathPattern === 'string' ? new PathPattern(decodePath(pathPattern)) : pathPattern;
		this.#failures.push({
			method: method.toUpperCase(),
			matches: (path) => (pattern instanceof RegExp ? pattern.test(path) : pattern.match(path) !== undefined),
			response:
				failure.body === undefined
					? apiError(failure.status, 0, `${failure.status}: Injected failure`)
					: { status: failure.status, body: failure.body },
			remaining: failure.times ?? 1,
			afterHandling: failure.afterHandling ?? false,
		});
	}

	async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		const versioned = url.pathname.startsWith(`${API_PREFIX}/`);
		const path = decodePath(versioned ? url.pathname.slice(API_PREFIX.length) : url.pathname);
		const raw = await readAll(req);
		const request: IncomingRequest = {
			method: req.method ?? 'GET',
			path,
			query: Object.fromEntries(url.searchParams),
			headers: req.headers,
			body: undefined,
			files: [],
		};
		let response: ApiResponse;
		try {
			Object.assign(request, await parseBody(raw, req.headers['content-type']));
			response = this.#respond(request, versioned);
		} catch (error) {
			response =
				error instanceof SyntaxError
					? apiError(400, 50109, 'The request body contains invalid JSON.')
					: apiError(500, 0, `Test server error: ${error instanceof Error ? error.stack : String(error)}`);
		}
		// Waiting tests resume only after this synchronous tail, so the answer is written by then.
		this.#log.record({ ...request, status: response.status, response: response.body });
		writeResponse(res, response);
	}

	#respond(request: IncomingRequest, versioned: boolean): ApiResponse {
		const found = versioned ? this.#findRoute(request) : undefined;
		if (!found) return apiError(404, 0, 'Unknown route');
		if (found.route.auth === 'bot' && request.headers.authorization !== `Bot ${this.#token}`) {
			return apiError(401, 0, '401: Unauthorized');
		}
		const failure = this.#failures.find((f) => f.method === request.method && f.matches(request.path));
		if (failure) {
			failure.remaining -= 1;
			if (failure.remaining === 0) this.#failures.splice(this.#failures.indexOf(failure), 1);
			if (failure.afterHandling) found.route.handle(found.params, request);
			return failure.response;
		}
		return found.route.handle(found.params, request);
	}

	#findRoute(request: IncomingRequest): { route: Route; params: Record<string, string> } | undefined {
		for (const { route, pattern } of this.#routes) {
			if (route.method !== request.method) continue;
			const params = pattern.match(request.path);
			if (params) return { route, params };
		}
		return undefined;
	}
}

async function readAll(req: IncomingMessage): Promise<Buffer> {
	const chunks: Buffer[] = [];
	for await (const chunk of req) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks);
}

async function parseBody(
	raw: Buffer,
	contentType: string | undefined,
): Promise<Pick<IncomingRequest, 'body' | 'files'>> {
	if (raw.length === 0) return { body: undefined, files: [] };
	if (!contentType?.startsWith('multipart/form-data')) {
		return { body: JSON.parse(raw.toString('utf8')), files: [] };
	}

	// Node's built-in Response parses multipart/form-data, which spares a parser dependency.
	const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
	let body: unknown;
	const files: RecordedFile[] = [];
	for (const [field, value] of form) {
		if (typeof value === 'string') {
			if (field === 'payload_json') body = JSON.parse(value);
			continue;
		}
		const data = Buffer.from(await value.arrayBuffer());
		files.push({ field, name: value.name, contentType: value.type, data });
	}
	return { body, files };
}

function writeResponse(res: ServerResponse, response: ApiResponse): void {
	if (response.body === undefined) {
		res.writeHead(response.status).end();
		return;
	}
	res.writeHead(response.status, { 'content-type': 'application/json' }).end(JSON.stringify(response.body));
}
