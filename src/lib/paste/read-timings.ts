// Judges pasted curl timings against a limit in ms ("Health check response < 50ms", "Page
// load time < 2 seconds"); the caller says which checklist item the figure informs.
import type { Finding } from '../probes/finding';
import type { Timings } from './timings';

/** The total in seconds and how it was read, or null when the paste has no total. */
export function totalOf(t: Timings): { seconds: number; how: string } | null {
	if (t.samples.length > 1) {
		return { seconds: median(t.samples), how: `the median of ${t.samples.length} samples` };
	}
	if (t.named.total !== undefined)
		return { seconds: t.named.total, how: 'the total time curl measured' };
	if (t.samples.length === 1) return { seconds: t.samples[0], how: 'the time' };
	return null;
}

/** One finding (key timing:total, no items) comparing the total with the limit. */
export function timingFinding(t: Timings, thresholdMs: number | undefined): Finding {
	const base = { key: 'timing:total', items: [] as string[] };
	const total = totalOf(t);
	if (!total) throw new Error('timingFinding needs a total; check totalOf first');
	const ms = total.seconds * 1000;
	const details = [...phases(t), ...spread(t.samples)];
	const figure = `${capital(total.how)} was ${formatMs(ms)}`;
	if (thresholdMs === undefined || !Number.isFinite(thresholdMs)) {
		return {
			...base,
			verdict: 'error',
			summary: `${figure}, but no time limit was set for this check, so it cannot be judged.`,
			details
		};
	}
	const verdict = ms < thresholdMs ? 'pass' : 'fail';
	const side = ms < thresholdMs ? 'under' : 'over';
	return {
		...base,
		verdict,
		summary: `${figure}, ${side} the ${formatMs(thresholdMs)} limit.`,
		details
	};
}

const PHASES: [name: string, label: string][] = [
	['namelookup', 'DNS'],
	['connect', 'connect'],
	['appconnect', 'TLS'],
	['starttransfer', 'first byte'],
	['total', 'total']
];

function phases(t: Timings): string[] {
	const known = PHASES.filter(([name]) => t.named[name] !== undefined);
	if (known.length < 2) return [];
	const list = known.map(([name, label]) => `${label} ${formatMs(t.named[name] * 1000)}`);
	return [`Phases, counted from the start as curl does: ${list.join(', ')}.`];
}

function spread(samples: number[]): string[] {
	if (samples.length < 2) return [];
	const sorted = [...samples].sort((a, b) => a - b);
	const low = formatMs(sorted[0] * 1000);
	const high = formatMs(sorted[sorted.length - 1] * 1000);
	return [`${samples.length} samples from ${low} to ${high}.`];
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** "4.2 ms", "123 ms", "2345 ms". */
export function formatMs(ms: number): string {
	return ms < 10 ? `${Math.round(ms * 10) / 10} ms` : `${Math.round(ms)} ms`;
}

function capital(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
