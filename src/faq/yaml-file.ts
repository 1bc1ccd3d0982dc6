import { LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import type { Problem } from './model.js';
import { digest } from '../lib/digest.js';
import type { Result } from '../lib/result.js';
import { fail, ok } from '../lib/result.js';

/**
 * What YAML files read as, by file name, with a digest of the source they were read from: reading
 * YAML is the largest part of a start on an unchanged pack. Files parsed afresh are added.
 */
export type YamlMemo = Map<string, { readonly source: string; readonly data: unknown }>;

/**
 * YAML text validated against a schema, with every problem placed on its line. `lineOffset` lets
 * front matter report lines of the whole Markdown file rather than of the YAML block alone. With a
 * memo, a file it holds is not parsed again unless its data no longer passes the schema.
 */
export function parseYaml<S extends z.ZodType>(
	source: string,
	schema: S,
	where: { file: string; lineOffset?: number; entry?: string },
	memo?: YamlMemo,
): Result<z.infer<S>, Problem> {
	// Only a memo needs the source's digest: computed once, to look the file up and to note it.
	const sourceDigest = memo && digest(source);
	const known = memo?.get(where.file);
	if (known && known.source === sourceDigest) {
		const data = schema.safeParse(known.data);
		if (data.success) return ok(data.data);
	}
	const lineOffset = where.lineOffset ?? 0;
	const lines = new LineCounter();
	const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
	const base = { file: where.file, ...(where.entry === undefined ? {} : { entry: where.entry }) };

	if (doc.errors.length > 0) {
		return fail(
			doc.errors.map((error) => ({
				...base,
				line: lines.linePos(error.pos[0]).line + lineOffset,
				message: `not valid YAML: ${firstLine(error.message)}`,
			})),
		);
	}

	const data: unknown = doc.toJS();
	const parsed = schema.safeParse(data);
	if (parsed.success) {
		if (sourceDigest !== undefined) memo?.set(where.file, { source: sourceDigest, data });
		return ok(parsed.data);
	}

	const entryId = where.entry ?? idOf(doc);
	return fail(
		parsed.error.issues.map((issue) => {
			// zod reports an unknown key on the object that holds it; point at the key itself.
			const path = [...issue.path, ...(issue.code === 'unrecognized_keys' ? issue.keys.slice(0, 1) : [])].map(String);
			return {
				...base,
				...(entryId === undefined ? {} : { entry: entryId }),
				line: lineOf(doc, lines, path) + lineOffset,
				...(path.length > 0 ? { field: path.join('.') } : {}),
				message: messageOf(issue, data),
			};
		}),
	);
}

/** zod's wording, except where a moderator needs plainer words. */
function messageOf(issue: z.core.$ZodIssue, data: unknown): string {
	if (issue.code === 'unrecognized_keys') return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}; check the spelling`;
	if (issue.code === 'invalid_type') {
		// "expected string, received undefined" means the field is not there at all; null, that it is there with no value.
		const value = valueAt(data, issue.path);
		if (value === undefined) return 'is required';
		if (value === null) return 'is required but has no value';
	}
	return issue.message;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	return path.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}

function firstLine(message: string): string {
	return message.split('\n')[0] ?? message;
}

function idOf(doc: Document): string | undefined {
	const id = doc.get('id');
	return typeof id === 'string' ? id : undefined;
}

/** The line of the deepest node on `path` that exists: a missing field points at its parent. */
function lineOf(doc: Document, lines: LineCounter, path: readonly PropertyKey[]): number {
	for (let depth = path.length; depth > 0; depth--) {
		const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
		if (node?.range) return lines.linePos(node.range[0]).line;
		// A key whose value is null has no node of its own; find the pair instead.
		const parent = doc.getIn(path.slice(0, depth - 1), true) as { items?: { key?: { value?: unknown; range?: [number, number, number] } }[] } | undefined;
		const pair = parent?.items?.find((item) => item.key?.value === path[depth - 1]);
		if (pair?.key?.range) return lines.linePos(pair.key.range[0]).line;
	}
	return 1;
}
