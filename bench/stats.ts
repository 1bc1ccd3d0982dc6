import { performance } from 'node:perf_hooks';

export function percentile(sorted: readonly number[], p: number): number {
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

export function timeEach<T>(inputs: readonly T[], run: (input: T) => unknown): number[] {
	return inputs.map((input) => {
		const start = performance.now();
		run(input);
		return performance.now() - start;
	}).sort((a, b) => a - b);
}

export const ms = (value: number) => `${value.toFixed(3)} ms`;
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
