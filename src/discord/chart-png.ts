import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { answeredChartSvg, type DayCount } from '../moderation/chart.js';

/**
 * The rasteriser, run by a Node process of its own: resvg is a native module whose code and
 * buffers (13–25 MB) would stay in the bot for good once loaded, while a chart is drawn only when a
 * moderator asks. It reads the SVG on stdin and writes the PNG on stdout. No system font is
 * loaded: the chart draws its own digits.
 */
const RASTERISE = `
const { Resvg } = require(process.argv[1]);
let svg = '';
process.stdin.setEncoding('utf8').on('data', (chunk) => (svg += chunk)).on('end', () => {
	process.stdout.write(new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng());
});`;

/** Long enough for a slow, busy machine; a renderer that hangs is given up on rather than waited for. */
const TIMEOUT_MS = 20_000;

export async function answeredChartPng(perDay: readonly DayCount[]): Promise<Buffer> {
	const resvg = createRequire(import.meta.url).resolve('@resvg/resvg-js');
	const child = spawn(process.execPath, ['-e', RASTERISE, resvg], { stdio: ['pipe', 'pipe', 'pipe'], timeout: TIMEOUT_MS });
	const png: Buffer[] = [];
	let errors = '';
	child.stdout.on('data', (chunk: Buffer) => png.push(chunk));
	child.stderr.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
	const done = new Promise<Buffer>((resolve, reject) => {
		child.on('error', reject);
		child.on('close', (code, signal) => (code === 0 ? resolve(Buffer.concat(png)) : reject(new Error(`the chart renderer failed (${signal ?? `exit ${code}`}): ${errors.trim().slice(0, 500)}`))));
	});
	child.stdin.end(answeredChartSvg(perDay));
	return done;
}
