import { describe, expect, test } from 'vitest';
import { PostingsBuilder } from '../../src/match/postings.js';

describe('PostingsBuilder', () => {
	test('GIVEN terms raised over several entries WHEN built THEN each term lists its entries in order with the highest weight raised', () => {
		const builder = new PostingsBuilder();
		builder.raise('hiit', 0.35);
		builder.raise('hiit', 1);
		builder.raise('yoga', 0.9);
		builder.endEntry(0);
		builder.raise('yoga', 0.35);
		builder.endEntry(1);
		builder.endEntry(2);
		builder.raise('hiit', 0.9);
		builder.endEntry(3);

		const postings = builder.build();
		expect([...postings.get('hiit')!.entries]).toEqual([0, 3]);
		expect([...postings.get('hiit')!.weights]).toEqual([1, 0.9]);
		expect([...postings.get('yoga')!.entries]).toEqual([0, 1]);
		expect([...postings.get('yoga')!.weights]).toEqual([0.9, 0.35]);
		expect(postings.has('sleep')).toBe(false);
	});

	test('GIVEN more terms and pairs than the first buffers hold WHEN built THEN nothing is lost', () => {
		const builder = new PostingsBuilder();
		const entries = 100;
		const termsPerEntry = 1500;
		for (let entry = 0; entry < entries; entry++) {
			for (let term = 0; term < termsPerEntry; term++) builder.raise(`t${(entry + term) % 3000}`, 0.5);
			builder.endEntry(entry);
		}
		const postings = builder.build();
		expect(postings.size).toBe(entries + termsPerEntry - 1);
		const total = [...postings.values()].reduce((sum, { entries: list }) => sum + list.length, 0);
		expect(total).toBe(entries * termsPerEntry);
		expect([...postings.get('t0')!.entries]).toEqual([0]);
	});
});
