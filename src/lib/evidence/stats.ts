// Summary figures for repeated timing samples, and the way milliseconds are written for people.

/** Count, extremes, median, 95th percentile and mean of some samples. */
export interface SampleStats {
	count: number;
	min: number;
	median: number;
	p95: number;
	max: number;
	mean: number;
}

/** The median of already sorted values (mean of the two middle ones for an even count). */
function sortedMedian(sorted: number[]): number {
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Statistics of the finite values given; null when there are none. p95 is nearest-rank. */
export function sampleStats(values: number[]): SampleStats | null {
	const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
	const count = sorted.length;
	if (count === 0) return null;
	return {
		count,
		min: sorted[0],
		median: sortedMedian(sorted),
		p95: sorted[Math.ceil(0.95 * count) - 1],
		max: sorted[count - 1],
		mean: sorted.reduce((sum, v) => sum + v, 0) / count
	};
}

/** The median of some values, or null when there are none. */
export function median(values: number[]): number | null {
	return sampleStats(values)?.median ?? null;
}

/** Milliseconds as a number people read: one decimal under 10 ms ("9.4"), whole above ("12"). */
export function formatMs(ms: number): string {
	const tenths = Math.round(ms * 10) / 10;
	return Math.abs(tenths) < 10 ? String(tenths) : String(Math.round(ms));
}

/** A threshold in words: "2 s" for whole seconds, else "50 ms". */
export function formatThreshold(ms: number): string {
	return ms >= 1000 && ms % 1000 === 0 ? `${ms / 1000} s` : `${formatMs(ms)} ms`;
}
