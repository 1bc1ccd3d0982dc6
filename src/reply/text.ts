import type { Attribution, Reply, SourceLine } from './model.js';

/** Plain text for terminals and for the `text` field of `ask --json`. */
export function renderText(reply: Reply): string {
	switch (reply.kind) {
		case 'answer':
			return [
				reply.title,
				'',
				reply.answer,
				...section(expertsHeading(reply.experts), reply.experts.map(expertLine)),
				...section('Sources', reply.sources.map(sourceText)),
				...section('You also asked', reply.alsoAsked ? [reply.alsoAsked.question] : []),
				...section('Related', reply.related.map((entry) => entry.question)),
				'',
				reply.disclaimer,
			].join('\n');
		case 'ambiguous':
			return [reply.title, reply.message, ...reply.suggestions.map((entry, index) => `  ${index + 1}. ${entry.question}`)].join('\n');
		case 'urgent':
			return [`!! ${reply.title}`, reply.message, ...reply.steps.map((step) => `  - ${step}`)].join('\n');
		case 'no_match':
			return [reply.title, reply.message, ...section('Closest questions', reply.related.map((entry) => entry.question)).slice(1)].join('\n');
		case 'invalid':
			return `${reply.title}\n${reply.message}`;
	}
}

export function expertsHeading(experts: readonly Attribution[]): string {
	return experts.length > 1 ? 'Experts' : 'Expert';
}

export function expertLine(expert: Attribution): string {
	return `${expert.name}, ${expert.credentials}`;
}

export function sourceText(source: SourceLine): string {
	const parts = [source.title, source.detail && `(${source.detail})`].filter(Boolean).join(' ');
	return [parts, source.caveat && `Note: ${source.caveat}`, source.url].filter(Boolean).join(' — ');
}

function section(heading: string, lines: readonly string[]): string[] {
	return lines.length === 0 ? [] : ['', `${heading}:`, ...lines.map((line) => `  - ${line}`)];
}
