import { createHash } from 'node:crypto';

/** A short fingerprint of a text, to tell whether what was kept still belongs to it. */
export function digest(text: string): string {
	return createHash('sha256').update(text).digest('base64url');
}
