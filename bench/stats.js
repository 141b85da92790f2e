// Summary statistics for repeated timings, defined like the app's own (src/lib/evidence/stats.ts):
// the median averages the two middle values, p95 is nearest-rank.

/**
 * @typedef {object} Summary
 * @property {number} n
 * @property {number} median
 * @property {number} p95
 * @property {number} min
 * @property {number} max
 * @property {number[]} samples in the order they were taken
 */

/**
 * Median, p95 and extremes of finite samples; null when there are none.
 * @param {number[]} samples
 * @returns {Summary | null}
 */
export function summarize(samples) {
	const finite = samples.filter((v) => Number.isFinite(v));
	const sorted = [...finite].sort((a, b) => a - b);
	const n = sorted.length;
	if (n === 0) return null;
	const mid = Math.floor(n / 2);
	return {
		n,
		median: n % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2,
		p95: sorted[Math.ceil(0.95 * n) - 1],
		min: sorted[0],
		max: sorted[n - 1],
		samples: finite.map(round)
	};
}

/**
 * Rounds to 0.1 (timings) so results.json stays readable.
 * @param {number} value
 */
export function round(value) {
	return Math.round(value * 10) / 10;
}

/**
 * The most frequent string, for "which one was later" notes.
 * @param {string[]} values
 */
export function mode(values) {
	/** @type {Map<string, number>} */
	const counts = new Map();
	for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}
