import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { loadFaq } from '../../src/faq/load.js';
import { createTriage } from '../../src/match/triage.js';

/** Blind emergencies the red flags were developed on (see the file's header); a regression guard. */
const blind = z
	.strictObject({ urgent: z.array(z.string()).min(1), not_urgent: z.array(z.string()).min(1) })
	.parse(parse(readFileSync(new URL('./urgent-blind.yaml', import.meta.url), 'utf8')));

/**
 * Alarming-sounding messages that are not emergencies but get the emergency reply today: past,
 * treated events and curiosity ("had a heart attack 3 years ago", "what are the signs of a stroke"),
 * left on the safe side. Lower it when the red flags learn to tell them apart.
 */
const FALSE_ALARMS_AT_MOST = 55;

const shipped = await loadFaq('faq');
if (!shipped.ok) throw new Error('faq/ does not load');
const triage = createTriage(shipped.value.triage);

describe('triage on blind emergencies told in everyday words', () => {
	test.each(blind.urgent)('GIVEN %j THEN it gets the emergency reply', (message) => {
		expect(triage(message)).toBeDefined();
	});

	test(`GIVEN the ${blind.not_urgent.length} alarming-sounding messages that are not emergencies THEN at most ${FALSE_ALARMS_AT_MOST} get the emergency reply`, () => {
		const alarmed = blind.not_urgent.filter((message) => triage(message) !== undefined);
		expect(alarmed.length).toBeLessThanOrEqual(FALSE_ALARMS_AT_MOST);
	});
});
