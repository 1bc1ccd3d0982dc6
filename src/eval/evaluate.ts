import type { Engine } from '../match/engine.js';
import type { Match } from '../match/types.js';
import type { LabelledSet } from './labelled-set.js';

export interface Miss {
	readonly question: string;
	readonly expected: string;
	readonly got: string;
}

export interface Target {
	readonly value: number;
	/** True when the rate must reach the value; false when it must stay at or below it. */
	readonly atLeast: boolean;
}

export interface Figure {
	readonly name: string;
	readonly hits: number;
	readonly total: number;
	readonly target?: Target;
	/** The questions that count against the figure: misses of a rate to raise, hits of one to keep low. */
	readonly misses: readonly Miss[];
}

export interface EvalReport {
	readonly figures: readonly Figure[];
	readonly passed: boolean;
}

/** Targets from the accuracy issue, the same for every set; the held-out set's figures are the result. */
export const TARGETS = {
	inScope: { value: 0.95, atLeast: true },
	offTopic: { value: 0.95, atLeast: true },
	urgent: { value: 1, atLeast: true },
	inScopeUrgent: { value: 0.01, atLeast: false },
	wrongAnswers: { value: 0.03, atLeast: false },
	falseUrgent: { value: 0.02, atLeast: false },
} as const satisfies Record<string, Target>;

export const FIGURE_NAMES = {
	inScope: 'in-scope answered with an acceptable entry',
	offTopic: 'off-topic not answered',
	nearMiss: 'near-miss health questions not answered',
	urgent: 'urgent triaged',
	inScopeUrgent: 'in-scope triaged as urgent',
	wrongAnswers: 'confident wrong answers (in-scope + off-topic)',
	health: 'health-worded non-urgent handled right',
	falseUrgent: 'false urgent (all non-urgent questions)',
} as const;

function describeMatch(match: Match): string {
	switch (match.status) {
		case 'answered':
			return `answered ${match.entry.id} (${match.score})`;
		case 'ambiguous':
		case 'no_match':
			return `${match.status} [${match.suggestions.map((s) => s.id).join(', ')}] (${match.score})`;
		case 'urgent':
			return `urgent (${match.urgent})`;
		case 'invalid':
			return `invalid (${match.reason})`;
	}
}

export function meetsTarget({ hits, total, target }: Figure): boolean {
	if (!target || total === 0) return true;
	const rate = hits / total;
	return target.atLeast ? rate >= target.value : rate <= target.value;
}

interface Case {
	readonly question: string;
	readonly expected: string;
	readonly hit: (match: Match) => boolean;
}

export function evaluate(engine: Engine, set: LabelledSet): EvalReport {
	// Each question is asked once; every figure reads the same verdict.
	const verdicts = new Map<string, Match>();
	const verdict = (question: string) => {
		let match = verdicts.get(question);
		if (!match) verdicts.set(question, (match = engine.ask(question)));
		return match;
	};
	const figure = (name: string, cases: readonly Case[], target?: Target): Figure => {
		const countsAgainst = target?.atLeast === false ? (hit: boolean) => hit : (hit: boolean) => !hit;
		const misses: Miss[] = [];
		let hits = 0;
		for (const { question, expected, hit } of cases) {
			const match = verdict(question);
			const isHit = hit(match);
			if (isHit) hits += 1;
			if (countsAgainst(isHit)) misses.push({ question, expected, got: describeMatch(match) });
		}
		return { name, hits, total: cases.length, ...(target ? { target } : {}), misses };
	};

	const answeredWithOneOf = (ids: readonly string[]) => (m: Match) => m.status === 'answered' && ids.includes(m.entry.id);
	const notAnswered = (m: Match) => m.status !== 'answered';
	const urgent = (m: Match) => m.status === 'urgent';
	const wrongAnswer = (ids: readonly string[]) => (m: Match) => m.status === 'answered' && !ids.includes(m.entry.id);
	const expectedOf = (ids: readonly string[]) => ids.join(' or ');

	const inScope = set.in_scope.map(({ q, ids }) => ({ question: q, expected: expectedOf(ids), hit: answeredWithOneOf(ids) }));
	const offTopic = set.off_topic.map(({ q }) => ({ question: q, expected: 'not answered', hit: notAnswered }));
	const nearMisses = set.off_topic.filter(({ nearMiss }) => nearMiss).map(({ q }) => ({ question: q, expected: 'not answered', hit: notAnswered }));
	const notUrgent = [...set.in_scope, ...set.off_topic, ...set.non_urgent_health].map(({ q }) => ({ question: q, expected: 'not urgent', hit: urgent }));
	const wrong = [
		...set.in_scope.map(({ q, ids }) => ({ question: q, expected: expectedOf(ids), hit: wrongAnswer(ids) })),
		...set.off_topic.map(({ q }) => ({ question: q, expected: 'not answered', hit: wrongAnswer([]) })),
	];
	const health = set.non_urgent_health.map(({ q, ids }) =>
		ids.length > 0
			? { question: q, expected: expectedOf(ids), hit: answeredWithOneOf(ids) }
			: { question: q, expected: 'not answered, not urgent', hit: (m: Match) => m.status === 'no_match' || m.status === 'ambiguous' },
	);

	const figures = [
		figure(FIGURE_NAMES.inScope, inScope, TARGETS.inScope),
		figure(FIGURE_NAMES.offTopic, offTopic, TARGETS.offTopic),
		figure(FIGURE_NAMES.nearMiss, nearMisses),
		figure(FIGURE_NAMES.urgent, set.urgent.map(({ q, kind }) => ({ question: q, expected: kind ? `urgent (${kind})` : 'urgent', hit: urgent })), TARGETS.urgent),
		figure(FIGURE_NAMES.inScopeUrgent, set.in_scope.map(({ q }) => ({ question: q, expected: 'not urgent', hit: urgent })), TARGETS.inScopeUrgent),
		figure(FIGURE_NAMES.wrongAnswers, wrong, TARGETS.wrongAnswers),
		figure(FIGURE_NAMES.health, health),
		figure(FIGURE_NAMES.falseUrgent, notUrgent, TARGETS.falseUrgent),
	].filter(({ total }) => total > 0);
	return { figures, passed: figures.every(meetsTarget) };
}
