/** Longest question accepted by default; longer input is refused before any work is done on it. */
export const DEFAULT_MAX_QUESTION_LENGTH = 500;
