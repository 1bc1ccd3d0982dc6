/** A Markdown file split into its YAML front matter and body, or why it cannot be. */
export type FrontMatterSplit =
	| { readonly ok: true; readonly yaml: string; readonly body: string; readonly bodyLine: number }
	| { readonly ok: false; readonly line: number; readonly message: string };

const FENCE = /^---[ \t]*$/;

export function splitFrontMatter(source: string): FrontMatterSplit {
	const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
	if (!FENCE.test(lines[0] ?? '')) {
		return { ok: false, line: 1, message: 'must start with a "---" line that opens the front matter' };
	}
	const close = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
	if (close === -1) {
		return { ok: false, line: 1, message: 'the front matter opened on line 1 is never closed with a "---" line' };
	}
	return {
		ok: true,
		yaml: lines.slice(1, close).join('\n'),
		body: lines.slice(close + 1).join('\n').trim(),
		bodyLine: close + 2,
	};
}
