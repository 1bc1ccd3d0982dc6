import { relativeTime } from './timestamps.js';

/** The bot's short text-only messages. None of them repeats anything a member wrote. */
export const NOTICES = {
	staleEntry: 'That question is no longer in the FAQ. Use `/faq browse` to see the current ones.',
	staleComponent: 'That button or menu is from an older message and no longer works. Use `/help` to see what I can do.',
	unknownCommand: "I don't know that command; it may have been removed. Use `/help` to see the ones I have.",
	notAnEntry: 'That is not one of the FAQ questions. Pick one from the list as you type, or ask in your own words with `/ask`.',
	failed: 'Something went wrong on my side and I could not answer that. Please try again in a moment.',
	thanks: 'Thanks for the feedback!',
	moderatorsOnly: 'Only moderators can use this command: it needs the Manage Server permission or a moderator role.',
	guildOnly: 'This command works in a server only.',
	dailyTipsOff: 'Daily tips are off in this server. A moderator turns them on with `/dailytip set`.',
	dailyTipsTurnedOff: 'Daily tips are off. Nothing more will be posted; `/dailytip set` turns them on again.',
	notPostable: 'Pick a text or announcement channel for the daily tip.',
	cannotPost: (channelId: string, missing: readonly string[]) => `I can't post in <#${channelId}>: I need ${missing.join(', ')} there. Give me those, then run this again.`,
	nothingChanged: (problems: readonly string[]) => `Nothing was changed. ${problems.join(' ')}`,
	pickAnEntry: 'Pick an entry from the list as you type its question.',
	tooLongForAForm: (file: string) => `This entry is longer than a Discord form holds (4000 characters a field); edit \`${file}\` instead.`,
	unknownTopic: (topics: readonly string[]) => `Pick one of the FAQ's topics from the list as you type: ${topics.join(', ')}.`,
	topicTooLong: 'That topic name is too long to travel with a Discord form; add the entry as a file instead.',
	editingUnavailable: 'This bot does not follow an FAQ folder it can write to, so the FAQ cannot be changed from Discord.',
	noHistory: (id: string) => `No versions of \`${id}\` are kept yet: they are kept from its first change made here (edit, revert, an accepted question).`,
	cooldown: (untilMs: number) => `You're asking a little fast. You can ask again ${relativeTime(untilMs)}.`,
} as const;
