/**
 * Every target the benchmarks are held to, on a 2-core machine, in one table: each figure is printed
 * beside its target, marked ✓ when met and ✗ when missed, and the run ends with the misses.
 */
export const TARGETS = {
	chatFirstPromptMs: { what: 'terminal chat, first prompt after node starts, FAQ and build unchanged since the last start (median)', max: 500, unit: 'ms' },
	askWallMs: { what: 'npm run -s ask -- "…", whole command (median)', max: 600, unit: 'ms' },
	shippedP99Ms: { what: 'shipped FAQ, p99 per question', max: 1, unit: 'ms' },
	shippedSuggestP99Ms: { what: 'shipped FAQ, autocomplete p99', max: 5, unit: 'ms' },
	largeBuildMs: { what: '10,000-entry FAQ, index ready at start with the FAQ unchanged (persisted index)', max: 1000, unit: 'ms' },
	largeP99Ms: { what: '10,000-entry FAQ, p99 per question', max: 5, unit: 'ms' },
	largeSuggestP99Ms: { what: '10,000-entry FAQ, autocomplete p99', max: 5, unit: 'ms' },
	scheduleDueP99Ms: { what: '10,000 guilds with daily tips, finding those due at one instant (p99)', max: 5, unit: 'ms' },
	discordP99Ms: { what: 'Discord burst, dispatch → callback p99', max: 50, unit: 'ms' },
	discordDropped: { what: 'Discord burst, interactions dropped', max: 0, unit: '' },
	discordRssMb: { what: 'Discord bot process, peak RSS', max: 150, unit: 'MB' },
} as const satisfies Record<string, { what: string; max: number; unit: string }>;

export type TargetName = keyof typeof TARGETS;

/** Marks figures against their targets and remembers the misses for the summary. */
export interface Verdicts {
	/** " (target ≤ 1 ms ✓)" or " (target ≤ 1 ms ✗)", to print right after the figure; nothing for a figure without a target. */
	mark(name: TargetName | undefined, value: number): string;
	/** One line per target: met, missed or not measured in this run. */
	summary(): string[];
}

export function createVerdicts(): Verdicts {
	const measured = new Map<TargetName, boolean>();
	return {
		mark(name, value) {
			if (name === undefined) return '';
			const { max, unit } = TARGETS[name];
			const met = value <= max;
			measured.set(name, met);
			return ` (target ≤ ${max}${unit ? ` ${unit}` : ''} ${met ? '✓' : '✗'})`;
		},
		summary() {
			const entries = Object.entries(TARGETS) as [TargetName, (typeof TARGETS)[TargetName]][];
			const missed = entries.filter(([name]) => measured.get(name) === false);
			return [
				missed.length === 0 ? `All ${measured.size} measured targets met.` : `${missed.length} of ${measured.size} measured targets missed:`,
				...missed.map(([, { what, max, unit }]) => `  ✗ ${what}: target ≤ ${max}${unit ? ` ${unit}` : ''}`),
				...entries.filter(([name]) => !measured.has(name)).map(([, { what }]) => `  (not measured in this run: ${what})`),
			];
		},
	};
}
