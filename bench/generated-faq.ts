import type { Entry, Faq } from '../src/faq/model.js';

/**
 * A synthetic FAQ of any size, shaped like the real one: each entry has a question, 5 alternates,
 * 2 tags and an answer as long as the real pack's average, in words of English length drawn from
 * the real pack's vocabulary (30%) and from 20,000 invented words (70%), so that postings lists
 * are as long as a big real FAQ's would be. Deterministic: the same seed, the same FAQ.
 */
export function generateFaq(base: Faq, size: number, seed = 42): Faq {
	const random = mulberry32(seed);
	const baseWords = [...new Set(base.entries.flatMap((entry) => `${entry.question} ${entry.alternates.join(' ')}`.toLowerCase().match(/[a-z]+/g) ?? []))];
	const invented = Array.from({ length: 20_000 }, (_, i) => inventedWord(i));
	const pick = () => (random() < 0.3 ? baseWords[Math.floor(random() * baseWords.length)]! : invented[Math.floor(random() * invented.length)]!);
	const sentence = (n: number) => Array.from({ length: n }, pick).join(' ');
	const answerWords = Math.round(base.entries.reduce((sum, entry) => sum + entry.answer.split(/\s+/).length, 0) / base.entries.length);

	const entries: Entry[] = Array.from({ length: size }, (_, i) => {
		const template = base.entries[i % base.entries.length]!;
		return {
			...template,
			id: `generated-${i}`,
			question: `${sentence(6)}?`,
			alternates: Array.from({ length: 5 }, () => sentence(6)),
			tags: [pick(), pick()],
			related: [],
			answer: sentence(answerWords),
			file: `entries/generated-${i}.md`,
		};
	});
	return { ...base, entries, byId: new Map(entries.map((entry) => [entry.id, entry])) };
}

/** A distinct pronounceable word of 4 to 8 letters, like most English words. */
function inventedWord(n: number): string {
	const onsets = ['b', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'br', 'tr'];
	const vowels = ['a', 'e', 'i', 'o', 'u', 'ai', 'ou'];
	let word = '';
	for (let rest = n + 100; rest > 0; rest = Math.floor(rest / (onsets.length * vowels.length))) {
		word += onsets[rest % onsets.length]! + vowels[Math.floor(rest / onsets.length) % vowels.length]!;
	}
	return word;
}

/** A small, well-mixed 32-bit generator: reproducible numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}
