/** A member's verdict on one answer; who gave it is deliberately not part of it. */
export interface Feedback {
	readonly entryId: string;
	readonly helpful: boolean;
}

/** Where "Helpful" / "Not helpful" clicks go. Recording them is a later issue; until then they go nowhere. */
export interface FeedbackSink {
	record(feedback: Feedback): Promise<void>;
}

export const discardFeedback: FeedbackSink = {
	record: async () => {},
};
