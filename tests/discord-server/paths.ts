/**
 * Decodes each segment, so `@original` reads the same whether a caller
 * escaped it (discord-api-types' `Routes` escapes arguments it is given
 * explicitly, but not defaulted ones) or not.
 */
export function decodePath(path: string): string {
	return path
		.split('/')
		.map((segment) => {
			try {
				return decodeURIComponent(segment);
			} catch {
				return segment;
			}
		})
		.join('/');
}

/** Matches decoded paths (see `decodePath`). */
export class PathPattern {
	readonly #regex: RegExp;
	readonly #names: string[] = [];

	constructor(pattern: string) {
		const source = pattern
			.split('/')
			.map((segment) => {
				if (!segment.startsWith(':')) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
				this.#names.push(segment.slice(1));
				return '([^/]+)';
			})
			.join('/');
		this.#regex = new RegExp(`^${source}$`);
	}

	match(path: string): Record<string, string> | undefined {
		const match = this.#regex.exec(path);
		if (!match) return undefined;
		return Object.fromEntries(this.#names.map((name, index) => [name, match[index + 1] ?? '']));
	}
}
