import type { Faq } from '../faq/model.js';
import { topicsOf, type Topic } from '../faq/topics.js';
import { clamp, COLORS } from '../reply/embed.js';
import { ownEmbed, type MessageBody } from './body.js';
import { COMPONENT_LIMITS, selectRows } from './components.js';

/** Rows for the topic menu(s); the rest hold the question menu(s). */
const TOPIC_ROWS = 2;

/** The topic a menu value stands for; undefined when the FAQ no longer has it. */
export function findTopic(faq: Faq, value: string): Topic | undefined {
	return topicsOf(faq).find((topic) => topicValue(topic) === value);
}

/** The browse message: every topic, and the questions of the chosen one, each a click away from its answer. */
export function browseBody(faq: Faq, selected?: Topic): MessageBody {
	const topics = topicsOf(faq);
	const topicRows = selectRows(
		'topic',
		'Choose a topic',
		topics.map((topic) => ({
			label: topic.name,
			value: topicValue(topic),
			description: count(topic.entries.length),
			default: topic.name === selected?.name,
		})),
		TOPIC_ROWS,
	);
	if (!selected) {
		const embed = ownEmbed({
			title: `Browse the ${faq.pack.name}`,
			description: [
				'Pick a topic to see its questions, then pick a question to get its answer.',
				'',
				...topics.map((topic) => `**${topic.name}** · ${count(topic.entries.length)}`),
			].join('\n'),
			color: COLORS.answer,
			fields: [],
		});
		return { embeds: [embed], components: topicRows };
	}
	const questionRows = selectRows(
		'entry',
		'Choose a question',
		selected.entries.map((entry) => ({ label: entry.question, value: entry.id })),
		COMPONENT_LIMITS.rows - topicRows.length,
	);
	const embed = ownEmbed({
		title: selected.name,
		description: selected.entries.map((entry, index) => `${index + 1}. ${entry.question}`).join('\n'),
		color: COLORS.answer,
		fields: [],
		footer: { text: 'Pick a question below to get its answer.' },
	});
	return { embeds: [embed], components: [...topicRows, ...questionRows] };
}

function topicValue(topic: Topic): string {
	return clamp(topic.name, COMPONENT_LIMITS.selectValue);
}

function count(questions: number): string {
	return `${questions} question${questions === 1 ? '' : 's'}`;
}
