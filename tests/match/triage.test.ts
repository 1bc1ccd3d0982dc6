import { describe, expect, test } from 'vitest';
import { triage } from '../../src/match/triage.js';
import type { UrgentKind } from '../../src/match/types.js';

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
	['i passed out at the gym', 'fainting'],
	['I PASSED OUT', 'fainting'],
	['fainted during my workout', 'fainting'],
	['blacked out on the treadmill for a few seconds', 'fainting'],
	['my friend collapsed and isnt waking up', 'fainting'],
	['he is unconscious', 'fainting'],
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

	// BUG/GAP (src/match/triage.ts:101-104, `triage`): triage reads words exactly as typed; unlike matching it has no
	// typo tolerance, so a misspelled emergency gets an FAQ answer (or "I don't have that one") instead of help.
	test.each([
		['heart attak', 'cardiac'],
		['i think im having a heart atack', 'cardiac'],
		['chest pian during my run', 'cardiac'],
		['i passsed out at the gym', 'fainting'],
		['feeling sucidal', 'self-harm'],
	] satisfies [string, UrgentKind][])('[BUG triage.ts: no typo tolerance] GIVEN the misspelled "%s" WHEN triaged THEN it is still urgent (%s)', (text, kind) => {
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
		'',
	])('GIVEN "%s" WHEN triaged THEN it is not urgent', (text) => {
		expect(triage(text)).toBeUndefined();
	});

	// BUG (src/match/triage.ts:78, /\bstroke\b/): any mention of a "stroke" is an emergency, so a swimmer asking
	// about strokes is told to call emergency services — the crying wolf the file's own comment warns against.
	test.each(['which swim stroke is best for inflammation', 'is back stroke good exercise'])(
		'[BUG triage.ts:78] GIVEN the swimming question "%s" WHEN triaged THEN it is not urgent',
		(text) => {
			expect(triage(text)).toBeUndefined();
		},
	);
});
