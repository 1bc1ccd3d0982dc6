import type { Engine } from '../match/engine.js';
import type { Match } from '../match/types.js';
import type { LabelledSet } from './labelled-set.js';

export interface Miss {
	readonly question: string;
	readonly expected: string;
	readonly got: string;
}

export interface Figure {
	readonly name: string;
	readonly hits: number;
	readonly total: number;
	readonly target: number;
	/** True when a higher rate is better; false for rates that must stay low. */
	readonly higherIsBetter: boolean;
	readonly misses: readonly Miss[];
}

export interface EvalReport {
	readonly figures: readonly Figure[];
	readonly passed: boolean;
}

/** Targets from the engine's issue: accuracy on members' questions, abstention, and safety. */
export const TARGETS = { inScope: 0.95, offTopic: 0.95, urgent: 1, falseUrgent: 0.02 } as const;

function describe(match: Match): string {
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

export function evaluate(engine: Engine, set: LabelledSet): EvalReport {
	const figure = (name: string, target: number, higherIsBetter: boolean, cases: { question: string; expected: string; hit: (m: Match) => boolean }[]): Figure => {
		const misses: Miss[] = [];
		let hits = 0;
		for (const { question, expected, hit } of cases) {
			const match = engine.ask(question);
			if (hit(match)) hits += 1;
			if (hit(match) !== higherIsBetter) misses.push({ question, expected, got: describe(match) });
		}
		return { name, hits, total: cases.length, target, higherIsBetter, misses };
	};

	const answeredWith = (id: string) => (m: Match) => m.status === 'answered' && m.entry.id === id;
	const notAnswered = (m: Match) => m.status !== 'answered';
	const urgent = (m: Match) => m.status === 'urgent';
	const notUrgentQuestions = [...set.in_scope.map(({ q }) => q), ...set.off_topic, ...set.non_urgent_health.map(({ q }) => q)];

	const figures = [
		figure('in-scope answered with the right entry', TARGETS.inScope, true, set.in_scope.map(({ q, id }) => ({ question: q, expected: id, hit: answeredWith(id) }))),
		figure('off-topic not answered', TARGETS.offTopic, true, set.off_topic.map((q) => ({ question: q, expected: 'not answered', hit: notAnswered }))),
		figure('urgent triaged', TARGETS.urgent, true, set.urgent.map((q) => ({ question: q, expected: 'urgent', hit: urgent }))),
		figure('health-worded non-urgent answered right', 0, true, set.non_urgent_health.map(({ q, id }) => ({ question: q, expected: id ?? 'not answered', hit: id ? answeredWith(id) : (m: Match) => m.status === 'no_match' || m.status === 'ambiguous' }))),
		figure('false urgent (all non-urgent questions)', TARGETS.falseUrgent, false, notUrgentQuestions.map((q) => ({ question: q, expected: 'not urgent', hit: urgent }))),
	];
	const passed = figures.every((f) => (f.higherIsBetter ? f.hits / f.total >= f.target : f.hits / f.total <= f.target));
	return { figures, passed };
}
