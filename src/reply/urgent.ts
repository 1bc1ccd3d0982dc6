import type { Triage } from '../faq/model.js';
import type { UrgentKind } from '../match/types.js';

/**
 * What the bot says instead of an FAQ answer when a message sounds like an emergency: the pack's
 * words for this kind of emergency, falling back on its default reply. It names no diagnosis and
 * gives no treatment beyond first aid: it sends the member to people who can help, now.
 */
export function urgentGuidance(kind: UrgentKind, triage: Triage): { title: string; message: string; steps: readonly string[] } {
	const rule = triage.rules.find((candidate) => candidate.kind === kind);
	return {
		title: rule?.title ?? triage.reply.title,
		message: [rule?.why, rule?.message ?? triage.reply.message].filter(Boolean).join(' '),
		steps: rule?.steps ?? triage.reply.steps,
	};
}
