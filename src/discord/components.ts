import { ButtonStyle, ComponentType } from 'discord.js';
import type { APIActionRowComponent, APIButtonComponentWithCustomId, APIComponentInMessageActionRow, APISelectMenuOption } from 'discord.js';
import { clamp, DISCORD_LIMITS } from '../reply/embed.js';
import type { EntryRef } from '../reply/model.js';
import { formatCustomId, ID_MAX_LENGTH, type CustomId } from './ids.js';

/** Component limits Discord enforces besides those in DISCORD_LIMITS. */
export const COMPONENT_LIMITS = { rows: 5, buttonsPerRow: 5, selectOptions: 25, selectValue: 100 } as const;

export type Row = APIActionRowComponent<APIComponentInMessageActionRow>;

type Style = APIButtonComponentWithCustomId['style'];

/** No button at all when its id would not fit: entry ids are not length-checked by the FAQ loader. */
export function button(id: CustomId, label: string, style: Style = ButtonStyle.Secondary): APIButtonComponentWithCustomId[] {
	const customId = formatCustomId(id);
	if (customId.length > ID_MAX_LENGTH) return [];
	return [{ type: ComponentType.Button, style, custom_id: customId, label: clamp(label, DISCORD_LIMITS.buttonLabel) }];
}

/** One "answer this entry" button per entry. */
export function answerButtons(entries: readonly EntryRef[], style: Style = ButtonStyle.Secondary): APIButtonComponentWithCustomId[] {
	return entries.flatMap((entry) => button({ kind: 'answer', entryId: entry.id }, entry.question, style));
}

/** Buttons laid out five to a row; what does not fit in `maxRows` rows is left out. */
export function buttonRows(buttons: readonly APIButtonComponentWithCustomId[], maxRows: number): Row[] {
	return chunks(buttons, COMPONENT_LIMITS.buttonsPerRow, maxRows).map((components) => ({ type: ComponentType.ActionRow, components }));
}

/** A long list becomes several menus of 25, one per row, told apart by the page in their ids. */
export function selectRows(menu: 'topic' | 'entry', placeholder: string, options: readonly APISelectMenuOption[], maxRows: number): Row[] {
	const fitting = options.filter((option) => option.value.length <= COMPONENT_LIMITS.selectValue);
	return chunks(fitting, COMPONENT_LIMITS.selectOptions, maxRows).map((page, index) => ({
		type: ComponentType.ActionRow,
		components: [
			{
				type: ComponentType.StringSelect,
				custom_id: formatCustomId({ kind: menu, page: index }),
				placeholder,
				options: page.map((option) => ({ ...option, label: clamp(option.label, DISCORD_LIMITS.selectOptionLabel) })),
			},
		],
	}));
}

function chunks<T>(items: readonly T[], size: number, max: number): T[][] {
	const result: T[][] = [];
	for (let start = 0; start < items.length && result.length < max; start += size) result.push(items.slice(start, start + size));
	return result;
}
