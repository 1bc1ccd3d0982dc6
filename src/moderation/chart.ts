/**
 * The "questions answered per day" chart as SVG: bars, a few grid lines, and numbers. The numbers
 * are drawn as seven-segment strokes rather than text, so the picture needs no font and looks the
 * same on a server without any installed.
 */

export interface DayCount {
	readonly day: string;
	readonly count: number;
}

export const CHART = { width: 640, height: 240 } as const;

const MARGIN = { left: 44, right: 12, top: 14, bottom: 30 } as const;
const COLORS = { background: '#ffffff', bar: '#2f9e8f', empty: '#d1d5db', grid: '#e5e7eb', ink: '#4b5563' } as const;
const GLYPH = { width: 6, height: 10, gap: 3 } as const;

/** Which of the segments (a top, b upper right, c lower right, d bottom, e lower left, f upper left, g middle) each character lights. */
const SEGMENTS: Readonly<Record<string, string>> = {
	'0': 'abcdef', '1': 'bc', '2': 'abged', '3': 'abgcd', '4': 'fgbc', '5': 'afgcd', '6': 'afgedc', '7': 'abc', '8': 'abcdefg', '9': 'abcdfg', '-': 'g',
};

export function answeredChartSvg(perDay: readonly DayCount[]): string {
	const plot = { x: MARGIN.left, y: MARGIN.top, width: CHART.width - MARGIN.left - MARGIN.right, height: CHART.height - MARGIN.top - MARGIN.bottom };
	const top = niceMax(Math.max(0, ...perDay.map(({ count }) => count)));
	const y = (value: number) => plot.y + plot.height - (value / top) * plot.height;
	const slot = plot.width / Math.max(1, perDay.length);
	const barWidth = Math.max(1, slot * 0.7);

	const grid = [0, top / 2, top].map((value) => {
		const at = round(y(value));
		const label = String(value);
		return `<line x1="${plot.x}" y1="${at}" x2="${plot.x + plot.width}" y2="${at}" stroke="${COLORS.grid}" stroke-width="1"/>${numberPath(label, plot.x - 8 - textWidth(label), at - GLYPH.height / 2)}`;
	});
	const bars = perDay.map(({ count }, index) => {
		const x = round(plot.x + index * slot + (slot - barWidth) / 2);
		// A day with no answers still shows, as a sliver, so the days can be counted.
		const height = count === 0 ? 1 : Math.max(1, (count / top) * plot.height);
		return `<rect class="bar" data-count="${count}" x="${x}" y="${round(plot.y + plot.height - height)}" width="${round(barWidth)}" height="${round(height)}" fill="${count === 0 ? COLORS.empty : COLORS.bar}"/>`;
	});
	const labelled = [...new Set([0, Math.floor((perDay.length - 1) / 2), perDay.length - 1])].filter((index) => index >= 0 && index < perDay.length);
	const dates = labelled.map((index) => {
		const label = perDay[index]!.day.slice(5); // MM-DD
		const center = plot.x + index * slot + slot / 2;
		const x = Math.min(Math.max(center - textWidth(label) / 2, plot.x), plot.x + plot.width - textWidth(label));
		return numberPath(label, x, plot.y + plot.height + 10);
	});
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${CHART.width}" height="${CHART.height}" viewBox="0 0 ${CHART.width} ${CHART.height}">`,
		`<rect width="100%" height="100%" fill="${COLORS.background}"/>`,
		...grid,
		...bars,
		...dates,
		'</svg>',
	].join('\n');
}

/** The axis top: the count rounded up to 1, 2 or 5 times a power of ten, so the grid reads well. */
export function niceMax(count: number): number {
	if (count <= 1) return 2;
	const power = 10 ** Math.floor(Math.log10(count));
	const step = [1, 2, 5, 10].find((factor) => factor * power >= count)!;
	const top = step * power;
	// Halves of an odd top would be fractions on the middle line.
	return top % 2 === 0 ? top : top * 2;
}

function numberPath(text: string, x: number, y: number): string {
	const { width: w, height: h, gap } = GLYPH;
	const segments: Record<string, [number, number, number, number]> = {
		a: [0, 0, w, 0], b: [w, 0, w, h / 2], c: [w, h / 2, w, h], d: [0, h, w, h], e: [0, h / 2, 0, h], f: [0, 0, 0, h / 2], g: [0, h / 2, w, h / 2],
	};
	const moves = [...text].flatMap((char, index) =>
		[...(SEGMENTS[char] ?? '')].map((segment) => {
			const [x1, y1, x2, y2] = segments[segment]!;
			const left = x + index * (w + gap);
			return `M${round(left + x1)} ${round(y + y1)}L${round(left + x2)} ${round(y + y2)}`;
		}),
	);
	return `<path class="label" data-text="${text}" d="${moves.join('')}" stroke="${COLORS.ink}" stroke-width="1.6" stroke-linecap="round" fill="none"/>`;
}

function textWidth(text: string): number {
	return text.length * (GLYPH.width + GLYPH.gap) - GLYPH.gap;
}

function round(value: number): number {
	return Math.round(value * 10) / 10;
}
