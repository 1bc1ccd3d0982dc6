/** The files of a content pack, relative to its folder. */
export const FAQ_FILES = {
	pack: 'pack.yaml',
	experts: 'experts.yaml',
	sources: 'sources.yaml',
	tips: 'tips.yaml',
	synonyms: 'synonyms.yaml',
	asked: 'asked.txt',
	triage: 'triage.yaml',
	disclaimer: 'disclaimer.md',
	entries: 'entries',
} as const;
