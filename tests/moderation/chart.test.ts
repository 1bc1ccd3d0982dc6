import { describe, expect, test } from 'vitest';
import { answeredChartPng } from '../../src/discord/chart-png.js';
import { answeredChartSvg, niceMax } from '../../src/moderation/chart.js';

const days = (...counts: number[]) => counts.map((count, index) => ({ day: `2026-06-${String(index + 1).padStart(2, '0')}`, count }));
const bars = (svg: string) => [...svg.matchAll(/<rect class="bar" data-count="(\d+)" x="[\d.]+" y="[\d.]+" width="[\d.]+" height="([\d.]+)"/g)].map(([, count, height]) => ({ count: Number(count), height: Number(height) }));
const labels = (svg: string) => [...svg.matchAll(/data-text="([^"]+)"/g)].map(([, text]) => text);

describe('answeredChartSvg', () => {
	test('GIVEN counts per day THEN there is one bar per day, as tall as its count on a scale from 0 to a round top', () => {
		const svg = answeredChartSvg(days(0, 5, 10, 7));
		const drawn = bars(svg);
		expect(drawn.map(({ count }) => count)).toEqual([0, 5, 10, 7]);
		// Top of the scale is 10; the plot is 196 pixels tall; an empty day is a 1-pixel sliver.
		expect(drawn.map(({ height }) => height)).toEqual([1, 98, 196, 137.2]);
		expect(labels(svg)).toEqual(['0', '5', '10', '06-01', '06-02', '06-04']);
	});

	test.each([
		[0, 2],
		[1, 2],
		[3, 10],
		[7, 10],
		[12, 20],
		[38, 50],
		[230, 500],
	])('GIVEN a busiest day of %i THEN the scale tops at %i', (count, top) => {
		expect(niceMax(count)).toBe(top);
	});

	test('GIVEN the chart THEN it is rasterised to a 640×240 PNG', async () => {
		const png = await answeredChartPng(days(1, 2, 3));
		expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([640, 240]);
	});
});
