import { Document, isMap, isScalar, isSeq } from 'yaml';
import type { Entry } from './model.js';

/** Lists short enough to read on one line are written `[a, b]`, as a person writes them. */
const FLOW_LISTS = new Set(['tags', 'experts', 'sources', 'related', 'overlaps']);

/**
 * An entry as the Markdown file a person would write: front matter in the usual field order, then
 * the answer. `related` and `overlaps` are left out when empty (they say nothing); `experts: []` is
 * kept, as it says that no expert is quoted. Loading a shipped entry and writing it back gives the
 * same bytes, so a moderator's edit from Discord diffs in git as a hand edit would.
 */
export function serializeEntry(entry: Omit<Entry, 'file'>): string {
	const front = {
		id: entry.id,
		question: entry.question,
		topic: entry.topic,
		alternates: entry.alternates,
		tags: entry.tags,
		experts: entry.experts,
		sources: entry.sources,
		...(entry.related.length > 0 ? { related: entry.related } : {}),
		...(entry.overlaps.length > 0 ? { overlaps: entry.overlaps } : {}),
		examples: entry.examples,
	};
	const doc = new Document(front);
	if (isMap(doc.contents)) {
		for (const pair of doc.contents.items) {
			if (isSeq(pair.value) && isScalar(pair.key) && FLOW_LISTS.has(String(pair.key.value))) pair.value.flow = true;
		}
	}
	// lineWidth 0: a long question stays on its line instead of being folded.
	return `---\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n${entry.answer.trim()}\n`;
}
