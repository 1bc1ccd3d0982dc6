import type { UrgentKind } from '../match/types.js';

/**
 * What the bot says instead of an FAQ answer when a message sounds like an emergency. It names no
 * diagnosis and gives no treatment: it sends the member to people who can help, now.
 */
const EMERGENCY_NUMBER = 'your local emergency number (for example 911 in the US and Canada, 999 in the UK, 112 in the EU)';

const WHY: Record<UrgentKind, string> = {
	cardiac: 'Chest pain, pressure or tightness can be a sign of a heart problem.',
	fainting: 'Fainting or passing out, especially during or after exercise, needs to be checked by a doctor.',
	breathing: 'Trouble breathing that does not settle quickly is an emergency.',
	stroke: 'A drooping face, slurred speech, sudden weakness or numbness on one side, or a sudden severe headache can be signs of a stroke.',
	clot: 'A swollen, painful, warm leg or sudden breathlessness can be signs of a blood clot.',
	rhabdo: 'Dark urine with swollen or very painful muscles after hard exercise can be a sign of a serious muscle breakdown that needs urgent care.',
	'self-harm': "I'm really sorry you're going through this. You deserve support from a person right now.",
};

export function urgentGuidance(kind: UrgentKind): { title: string; message: string; steps: string[] } {
	if (kind === 'self-harm') {
		return {
			title: 'Please reach out to someone now',
			message: `${WHY[kind]} I'm an FAQ bot and can't help with this, but people can, any time.`,
			steps: [
				`If you might act on these thoughts or are in danger, call ${EMERGENCY_NUMBER} now.`,
				'Talk to a crisis line now: call or text 988 (US and Canada), call 116 123 (Samaritans, UK and Ireland), or find a free line in your country at https://findahelpline.com.',
				'Tell someone you trust and stay with them.',
			],
		};
	}
	return {
		title: 'This could be an emergency — get help now',
		message: `${WHY[kind]} I'm an FAQ bot and can't assess symptoms, so this is not something to look up here.`,
		steps: [
			'Stop exercising.',
			`Contact emergency services now: call ${EMERGENCY_NUMBER}, or have someone call for you.`,
			'If it has already passed, contact a doctor now anyway.',
		],
	};
}
