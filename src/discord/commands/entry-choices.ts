import type { APIApplicationCommandOptionChoice } from 'discord.js';
import type { Entry, Faq } from '../../faq/model.js';
import type { Engine } from '../../match/engine.js';
import { clamp, DISCORD_LIMITS } from '../../reply/embed.js';
import { entryChoiceValue, ID_MAX_LENGTH, parseEntryChoice } from '../ids.js';

/** Discord shows at most 25 autocomplete choices. */
const MAX_CHOICES = 25;

/** Autocomplete for an option naming an entry: the best matches for what is typed, or the first questions. */
export function entryChoices(engine: Engine, typed: string): APIApplicationCommandOptionChoice<string>[] {
	return engine.suggest(typed, MAX_CHOICES).flatMap(({ id, question }) => {
		const value = entryChoiceValue(id);
		return value.length > ID_MAX_LENGTH ? [] : [{ name: clamp(question, DISCORD_LIMITS.autocompleteChoiceName), value }];
	});
}

/** The entry a picked choice names, if it (still) exists. */
export function chosenEntry(value: string, faq: Faq): Entry | undefined {
	const id = parseEntryChoice(value);
	return id === undefined ? undefined : faq.byId.get(id);
}
