/**
 * Longest question accepted by default; longer input is refused before any work is done on it.
 * Here rather than in the engine so that reading the settings does not load the matcher.
 */
export const DEFAULT_MAX_QUESTION_LENGTH = 500;

/** The longest `MAX_QUESTION_LENGTH` allows; longer than Discord's longest message (4,000 with Nitro). */
export const MAX_QUESTION_LENGTH_LIMIT = 6_000;

/**
 * How much of a message safety triage reads, however short the questions the FAQ answers: an
 * emergency told at length still gets the emergency reply.
 */
export const MAX_TRIAGED_LENGTH = MAX_QUESTION_LENGTH_LIMIT;
