import { describe, expect, test } from 'vitest';
import { decide, type Candidate, type Thresholds } from '../../src/match/decide.js';
import type { Entry } from '../../src/faq/model.js';
import { entry } from '../fixtures/faq.js';

const ENTRIES = ['hiit', 'lifting', 'yoga'].map((id) => entry({ id, question: `About ${id}?`, alternates: [] }));
const HIIT = 0;
const LIFTING = 1;
const YOGA = 2;
const THRESHOLDS: Thresholds = { answerConfidence: 0.9, suggestConfidence: 0.2, margin: 1, maxSuggestions: 3 };

const candidate = (entry: number, probability: number, more: Partial<Candidate> = {}): Candidate => ({ entry, probability, fit: probability, clause: undefined, ...more });
const verdict = (candidates: readonly Candidate[], uncovered: readonly string[] = []) => decide('q', { candidates, clauseTops: [], uncovered }, ENTRIES, THRESHOLDS);

describe('decide', () => {
	test.each([
		{ given: 'one sure entry', candidates: [candidate(HIIT, 0.95)], status: 'answered' },
		{ given: 'a sure entry with a rival close behind', candidates: [candidate(HIIT, 0.95), candidate(LIFTING, 0.93)], status: 'ambiguous' },
		{ given: 'an entry short of the answer threshold', candidates: [candidate(HIIT, 0.6)], status: 'ambiguous' },
		{ given: 'entries that fit too little to offer', candidates: [candidate(HIIT, 0.1)], status: 'no_match' },
	])('GIVEN $given THEN the verdict is $status', ({ candidates, status }) => {
		expect(verdict(candidates).status).toBe(status);
	});

	test.each([
		{
			given: 'the likeliest entry does not name the uncovered subject',
			candidates: [candidate(HIIT, 0.05, { fit: 0.7, uncovered: ['ice bath'] }), candidate(LIFTING, 0.04, { fit: 0.5, uncovered: ['ice bath'] })],
		},
		{
			// The entry that names it fits too little to offer, so the reply would lead with one that does not.
			given: 'only an entry that fits too little to offer names it',
			candidates: [candidate(YOGA, 0.06, { fit: 0.06 }), candidate(LIFTING, 0.05, { fit: 0.6, uncovered: ['ice bath'] })],
		},
		{ given: 'no entry fits at all', candidates: [] },
	])('GIVEN a question about an uncovered subject, where $given, THEN it is not answered and the subject is named', ({ candidates }) => {
		const match = verdict(candidates, ['ice bath']);
		expect(match).toMatchObject({ status: 'no_match', uncovered: ['ice bath'] });
		if (match.status !== 'no_match') return;
		// The entries near it are still offered, as related reading.
		expect(match.suggestions.map(({ id }) => id)).toEqual(candidates.filter(({ fit }) => fit >= THRESHOLDS.suggestConfidence).map(({ entry }) => ENTRIES[entry]!.id));
	});

	test('GIVEN a question about an uncovered subject that the likeliest entry names THEN that entry may answer it', () => {
		const match = verdict([candidate(YOGA, 0.95), candidate(LIFTING, 0.05, { fit: 0.3, uncovered: ['ice bath'] })], ['ice bath']);
		expect(match).toMatchObject({ status: 'answered', entry: { id: 'yoga' } });
	});

	describe('GIVEN entries whose answers overlap', () => {
		/** The entries with `owner` listing `other` in its overlaps. */
		const overlapping = (owner: string, other: string) => ENTRIES.map((e) => (e.id === owner ? { ...e, overlaps: [other] } : e));
		const verdictWith = (entries: readonly Entry[], candidates: readonly Candidate[]) => decide('q', { candidates, clauseTops: [], uncovered: [] }, entries, THRESHOLDS);

		test.each([
			{ given: 'the best entry lists its close rival', owner: 'hiit', other: 'lifting' },
			{ given: 'the close rival lists the best entry', owner: 'lifting', other: 'hiit' },
		])('WHEN $given THEN the best is answered and the rival offered beside it', ({ owner, other }) => {
			const match = verdictWith(overlapping(owner, other), [candidate(HIIT, 0.95), candidate(LIFTING, 0.93)]);
			expect(match).toMatchObject({ status: 'answered', entry: { id: 'hiit' }, suggestions: [{ id: 'lifting' }] });
		});

		test('WHEN each is short of the answer threshold but together they are sure THEN the best is answered, with the chance that either answers', () => {
			const candidates = [candidate(HIIT, 0.8), candidate(LIFTING, 0.7)];
			expect(verdictWith(overlapping('hiit', 'lifting'), candidates)).toMatchObject({ status: 'answered', entry: { id: 'hiit' }, score: 0.94 });
			// The same chances from entries that do not overlap are two different answers: which one?
			expect(verdictWith(ENTRIES, candidates).status).toBe('ambiguous');
		});

		test.each([
			{ given: 'a third entry is close behind too', candidates: [candidate(HIIT, 0.95), candidate(LIFTING, 0.93), candidate(YOGA, 0.92)] },
			{ given: 'the two together are short of the answer threshold', candidates: [candidate(HIIT, 0.6), candidate(LIFTING, 0.5)] },
		])('WHEN $given THEN it is still "did you mean"', ({ candidates }) => {
			expect(verdictWith(overlapping('hiit', 'lifting'), candidates).status).toBe('ambiguous');
		});
	});
});
