/**
 * Logistic regression by iteratively reweighted least squares (Newton's method), small enough to
 * need no library: a few hundred labelled questions, a handful of features. A light ridge penalty
 * keeps the weights finite when a feature separates the labels perfectly.
 */
export interface Sample {
	readonly x: readonly number[];
	readonly y: 0 | 1;
}

/** Weights for `[bias, ...features]`. */
export function fitLogistic(samples: readonly Sample[], { ridge = 0.1, iterations = 50 } = {}): number[] {
	const width = (samples[0]?.x.length ?? 0) + 1;
	const w = new Array<number>(width).fill(0);
	for (let iteration = 0; iteration < iterations; iteration++) {
		const gradient = new Array<number>(width).fill(0);
		const hessian = Array.from({ length: width }, (_, i) => Array.from({ length: width }, (_, j) => (i === j && i > 0 ? ridge : 0)));
		for (const { x, y } of samples) {
			const row = [1, ...x];
			const p = sigmoid(dot(w, row));
			const s = Math.max(p * (1 - p), 1e-9);
			for (let i = 0; i < width; i++) {
				gradient[i]! += (y - p) * row[i]!;
				for (let j = 0; j < width; j++) hessian[i]![j]! += s * row[i]! * row[j]!;
			}
		}
		for (let i = 1; i < width; i++) gradient[i]! -= ridge * w[i]!;
		const step = solve(hessian, gradient);
		let largest = 0;
		for (let i = 0; i < width; i++) {
			w[i]! += step[i]!;
			largest = Math.max(largest, Math.abs(step[i]!));
		}
		if (largest < 1e-8) break;
	}
	return w;
}

export function sigmoid(z: number): number {
	return 1 / (1 + Math.exp(-z));
}

function dot(a: readonly number[], b: readonly number[]): number {
	return a.reduce((sum, value, i) => sum + value * b[i]!, 0);
}

/** Gaussian elimination with partial pivoting; the matrix is small and positive definite. */
function solve(matrix: number[][], vector: number[]): number[] {
	const n = vector.length;
	const a = matrix.map((row, i) => [...row, vector[i]!]);
	for (let col = 0; col < n; col++) {
		let pivot = col;
		for (let row = col + 1; row < n; row++) if (Math.abs(a[row]![col]!) > Math.abs(a[pivot]![col]!)) pivot = row;
		[a[col], a[pivot]] = [a[pivot]!, a[col]!];
		const lead = a[col]![col]!;
		if (Math.abs(lead) < 1e-12) continue;
		for (let row = 0; row < n; row++) {
			if (row === col) continue;
			const factor = a[row]![col]! / lead;
			for (let k = col; k <= n; k++) a[row]![k]! -= factor * a[col]![k]!;
		}
	}
	return a.map((row, i) => (Math.abs(row[i]!) < 1e-12 ? 0 : row[n]! / row[i]!));
}
