/**
 * Longest question accepted by default; longer input is refused before any work is done on it.
 * Here rather than in the engine so that reading the settings does not load the matcher.
 */
export const DEFAULT_MAX_QUESTION_LENGTH = 500;
