/** `<t:…:R>`: Discord shows each reader "in 3 hours", "2 minutes ago", in their own language. */
export function relativeTime(ms: number): string {
	return `<t:${Math.ceil(ms / 1000)}:R>`;
}
