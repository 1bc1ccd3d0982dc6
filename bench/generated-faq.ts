import type { Entry, Faq } from '../src/faq/model.js';

/**
 * A synthetic FAQ of any size, shaped like the real one (a question, 5 alternates, tags, a
 * 120-word answer) over a vocabulary that mixes the real pack's words with invented ones, so that
 * postings lists are as long as a big real FAQ's would be. Deterministic: the same seed, the same FAQ.
 */
export function generateFaq(base: Faq, size: number, seed = 42): Faq {
	let state = seed;
	const random = () => ((state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
	const baseWords = [...new Set(base.entries.flatMap((entry) => `${entry.question} ${entry.alternates.join(' ')}`.toLowerCase().match(/[a-z]+/g) ?? []))];
	const invented = Array.from({ length: 20_000 }, (_, i) => syllables(i));
	const pick = () => (random() < 0.3 ? baseWords[Math.floor(random() * baseWords.length)]! : invented[Math.floor(random() * invented.length)]!);
	const sentence = (n: number) => Array.from({ length: n }, pick).join(' ');

	const entries: Entry[] = Array.from({ length: size }, (_, i) => {
		const template = base.entries[i % base.entries.length]!;
		return {
			...template,
			id: `generated-${i}`,
			question: `${sentence(6)}?`,
			alternates: Array.from({ length: 5 }, () => sentence(6)),
			tags: [pick(), pick()],
			related: [],
			answer: sentence(120),
			file: `entries/generated-${i}.md`,
		};
	});
	return { ...base, entries, byId: new Map(entries.map((entry) => [entry.id, entry])) };
}

function syllables(n: number): string {
	const parts = ['ka', 'lo', 'mi', 'ren', 'tos', 'vel', 'dra', 'pin', 'sou', 'gar', 'nel', 'bri', 'fum', 'qua', 'zed', 'hol'];
	let word = '';
	let rest = n + 17;
	while (rest > 0) {
		word += parts[rest % parts.length];
		rest = Math.floor(rest / parts.length);
	}
	return word;
}
