import { describe, expect, test } from 'vitest';
import { loadFaq } from '../../src/faq/load.js';
import { checkTriageExamples } from '../../src/serving/triage-check.js';
import { createTriage } from '../../src/match/triage.js';
import type { UrgentKind } from '../../src/match/types.js';
import { TRIAGE } from '../fixtures/faq.js';

/** The shipped pack's red flags: what members of the fitness server actually get. */
const shipped = await loadFaq('faq');
if (!shipped.ok) throw new Error('faq/ does not load');
const triage = createTriage(shipped.value.triage);

const URGENT: readonly [string, UrgentKind][] = [
	['my chest hurts', 'cardiac'],
	['having chest pain during my run right now', 'cardiac'],
	['chest pains after hiit', 'cardiac'],
	['CHEST PAIN!!!', 'cardiac'],
	['chest feels tight and heavy after my workout', 'cardiac'],
	['crushing pressure in my chest since spin class', 'cardiac'],
	['i think im having a heart attack', 'cardiac'],
	['pain spreading down my left arm', 'cardiac'],
	['heart beating really irregular after sprints', 'cardiac'],
	['i passed out at the gym', 'collapse'],
	['I PASSED OUT', 'collapse'],
	['fainted during my workout', 'collapse'],
	['blacked out on the treadmill for a few seconds', 'collapse'],
	['my friend collapsed and isnt waking up', 'collapse'],
	['he is unconscious', 'collapse'],
	['i cant breathe', 'breathing'],
	['i cant breath', 'breathing'],
	["i can't breathe and it's not getting better", 'breathing'],
	['cant catch my breath', 'breathing'],
	['trouble breathing after my run', 'breathing'],
	['short of breath for 20 mins and it wont stop', 'breathing'],
	['my lips are turning blue', 'breathing'],
	['my dads face is drooping on one side', 'stroke'],
	['his speech is slurred', 'stroke'],
	['suddenly cant feel my left arm', 'stroke'],
	['whole one side is numb', 'stroke'],
	['worst headache of my life', 'stroke'],
	['i think im having a stroke', 'stroke'],
	['my calf is swollen hot and really painful', 'clot'],
	['painful swollen calf after a long flight', 'clot'],
	['one leg is red and swollen', 'clot'],
	['could this be a blood clot', 'clot'],
	['worried about dvt', 'clot'],
	['my pee is dark brown like cola after crossfit', 'rhabdo'],
	['urine is really dark after an extreme workout', 'rhabdo'],
	['dark urine after leg day', 'rhabdo'],
	['is this rhabdo?', 'rhabdo'],
	['i want to kill myself', 'self-harm'],
	['i wanna kill myself', 'self-harm'],
	['wanna kms ngl', 'self-harm'],
	['im suicidal', 'self-harm'],
	['been thinking of hurting myself', 'self-harm'],
	['i want to die', 'self-harm'],
	['dont want to be alive anymore', 'self-harm'],
	['i think im gonna end it tonight', 'self-harm'],
	['everyone would be better off dead without me', 'self-harm'],
];

describe('triage: messages that sound like an emergency', () => {
	test.each(URGENT)('GIVEN "%s" WHEN triaged THEN it is urgent (%s)', (text, kind) => {
		expect(triage(text)).toBe(kind);
	});

	test('GIVEN self-harm words and chest pain in one message WHEN triaged THEN self-harm wins, so the crisis line is shown', () => {
		expect(triage('chest pain and i want to kill myself')).toBe('self-harm');
	});

	test('GIVEN real hyperbole next to a real symptom WHEN triaged THEN the symptom still counts', () => {
		expect(triage('this workout killed me and now i have chest pain')).toBe('cardiac');
	});

	test.each([
		['heart attak', 'cardiac'],
		['i think im having a heart atack', 'cardiac'],
		['chest pian during my run', 'cardiac'],
		['i passsed out at the gym', 'collapse'],
		['feeling sucidal', 'self-harm'],
	] satisfies [string, UrgentKind][])('GIVEN the misspelled "%s" WHEN triaged THEN it is still urgent (%s)', (text, kind) => {
		expect(triage(text)).toBe(kind);
	});
});

describe('triage: health-worded messages that are not emergencies', () => {
	test.each([
		'my legs are so sore after leg day',
		'muscle soreness 2 days after squats',
		'my knee is swollen after running',
		'swollen knee after running yesterday',
		'this workout killed me',
		'leg day killed me lol',
		'I feel like dying after leg day lol',
		'feel like dying after leg day lol',
		'dying from doms lol',
		'brutal leg day, im dead 💀',
		'i could kill for a pizza after that session',
		'i hurt myself lifting',
		'i hurt my back deadlifting',
		'breathing hard during hiit',
		'breathing hard during hiit is that ok',
		'chest muscles sore after bench press',
		'my chest muscles are sore after bench press',
		'chest day destroyed me',
		'my heart rate goes up when i run is that normal',
		'my calves are sore after running hills',
		'calf raises hurt',
		'dark chocolate for inflammation?',
		'is green tea anti inflammatory',
		'does exercise reduce inflammation',
		'killing it at the gym today',
		'cutting calories and training hard',
		'my physical therapist gave me super easy knee movements and it felt pointless. why do they do that',
		'',
	])('GIVEN "%s" WHEN triaged THEN it is not urgent', (text) => {
		expect(triage(text)).toBeUndefined();
	});

	test.each(['which swim stroke is best for inflammation', 'is back stroke good exercise'])(
		'GIVEN the swimming question "%s" WHEN triaged THEN it is not urgent',
		(text) => {
			expect(triage(text)).toBeUndefined();
		},
	);
});

describe('triage: everyday words for warning signs', () => {
	test.each([
		['feels like an elephant is sitting on my chest', 'cardiac'],
		['sweating buckets, cold sweat and my jaw and left arm ache', 'cardiac'],
		['my moms smile went all lopsided and shes not making sense', 'stroke'],
		['got off a 12 hour flight, calf is swollen and red and hurts', 'clot'],
		['pee looks like coca cola after that spin class and my quads are rock hard', 'rhabdo'],
		['did a long run in the heat and now i stopped sweating and feel weird', 'heat'],
		['ate something with peanuts and my throat is closing up', 'allergy'],
		['guy next to me on the rower just collapsed', 'collapse'],
		['my buddy dropped and is jerking uncontrollably', 'seizure'],
		['honestly i dont see the point in living anymore', 'self-harm'],
		['i just want to say goodbye to everyone, thanks for everything', 'self-harm'],
		['everyone would be better off without me tbh', 'self-harm'],
		['it all feels pointless lately', 'self-harm'],
		['feeling so hopeless these days', 'self-harm'],
	] satisfies [string, UrgentKind][])('GIVEN "%s" WHEN triaged THEN it is urgent (%s)', (text, kind) => {
		expect(triage(text)).toBe(kind);
	});
});

describe('triage.yaml', () => {
	test('GIVEN the shipped rules WHEN their own examples and counter-examples are triaged THEN every one behaves as written', () => {
		expect(checkTriageExamples(shipped.value.triage)).toEqual([]);
	});

	test('GIVEN a rule whose example it does not catch WHEN checked THEN the problem names the file, the rule and the example', () => {
		const broken = { ...TRIAGE, rules: [{ ...TRIAGE.rules[1]!, examples: ['my chest hurts'], not: ['chest pain is scary'] }] };
		expect(checkTriageExamples(broken)).toEqual([
			{ file: 'triage.yaml', entry: 'cardiac', field: 'examples[0]', message: '"my chest hurts" is not triaged, not as "cardiac"' },
			{ file: 'triage.yaml', entry: 'cardiac', field: 'not[0]', message: '"chest pain is scary" is triaged as "cardiac", but must not be triaged' },
		]);
	});

	test('GIVEN two rules that both match WHEN triaged THEN the first listed wins', () => {
		expect(createTriage(TRIAGE)('chest pain and i want to kill myself')).toBe('self-harm');
		const reordered = { ...TRIAGE, rules: [TRIAGE.rules[1]!, TRIAGE.rules[0]!] };
		expect(createTriage(reordered)('chest pain and i want to kill myself')).toBe('cardiac');
	});

	test('GIVEN hyperbole around an alarm word WHEN triaged THEN the hyperbole is screened out first', () => {
		const withKilled = { ...TRIAGE, rules: [{ ...TRIAGE.rules[0]!, patterns: ['\\bkilled\\b'] }] };
		expect(createTriage(withKilled)('that workout killed me')).toBeUndefined();
		expect(createTriage(withKilled)('i killed it')).toBe('self-harm');
	});
});
