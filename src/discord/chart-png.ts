import { answeredChartSvg, type DayCount } from '../moderation/chart.js';

/**
 * The chart as a PNG. The renderer (resvg, a native module) is loaded the first time a moderator
 * asks for stats, so a bot whose moderators never do never carries it in memory. No system font
 * is loaded: the chart draws its own digits.
 */
export async function answeredChartPng(perDay: readonly DayCount[]): Promise<Buffer> {
	const { Resvg } = await import('@resvg/resvg-js');
	return new Resvg(answeredChartSvg(perDay), { font: { loadSystemFonts: false } }).render().asPng();
}
