import Fuse from 'fuse.js';
import type { Faq } from '../faq/model.js';
import type { Engine } from '../match/engine.js';
import type { LabelledSet } from './labelled-set.js';

/** Which entry answers a question, or undefined for "no answer". */
export type Answerer = (question: string) => string | undefined;

export interface Comparison {
	readonly name: string;
	/** Share of in-scope questions answered with an acceptable entry. */
	readonly inScope: number;
	/** Share of off-topic questions left unanswered. */
	readonly offTopic: number;
}

/** The starting point the engine is measured against: fuse.js as it comes, on questions and alternates. */
export function plainFuse(faq: Faq): Answerer {
	const fuse = new Fuse(faq.entries, { keys: ['question', 'alternates'] });
	return (question) => fuse.search(question, { limit: 1 })[0]?.item.id;
}

/** The engine, reduced to the same shape: only a confident answer counts. */
export function engineAnswerer(engine: Engine): Answerer {
	return (question) => {
		const match = engine.ask(question);
		return match.status === 'answered' ? match.entry.id : undefined;
	};
}

export function compare(name: string, answer: Answerer, set: LabelledSet): Comparison {
	const right = set.in_scope.filter(({ q, ids }) => ids.includes(answer(q) ?? '')).length;
	const silent = set.off_topic.filter(({ q }) => answer(q) === undefined).length;
	return { name, inScope: right / set.in_scope.length, offTopic: silent / set.off_topic.length };
}
