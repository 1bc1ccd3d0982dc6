/** A platform-neutral reply: renderers (terminal, Discord, JSON) only format it. */

export interface EntryRef {
	readonly id: string;
	readonly question: string;
}

export interface Attribution {
	readonly name: string;
	readonly credentials: string;
}

export interface SourceLine {
	readonly title: string;
	/** Author, publisher and year, as far as they are known. */
	readonly detail?: string;
	readonly caveat?: string;
	readonly url?: string;
}

export type Reply =
	| {
			readonly kind: 'answer';
			readonly entryId: string;
			readonly title: string;
			readonly answer: string;
			readonly experts: readonly Attribution[];
			readonly sources: readonly SourceLine[];
			readonly related: readonly EntryRef[];
			/** The entry for a second question the member asked in the same message. */
			readonly alsoAsked?: EntryRef;
			readonly disclaimer: string;
	  }
	| { readonly kind: 'ambiguous'; readonly title: string; readonly message: string; readonly suggestions: readonly EntryRef[] }
	| {
			readonly kind: 'no_match';
			readonly title: string;
			readonly message: string;
			/** The nearest entries, offered for the member to read, not as the answer. */
			readonly related: readonly EntryRef[];
	  }
	| { readonly kind: 'urgent'; readonly title: string; readonly message: string; readonly steps: readonly string[] }
	| { readonly kind: 'invalid'; readonly title: string; readonly message: string };
