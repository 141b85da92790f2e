// Judges pasted curl timings against a limit in ms ("Health check response < 50ms", "Page
// load time < 2 seconds"); the caller says which checklist item the figure informs.
import type { Finding } from '$lib/evidence/finding';
import { formatMs as msFigure, median, sampleStats } from '$lib/evidence/stats';
import type { Timings } from './timings';

/** A timing total, in seconds, and how it was read from the paste. */
export interface Total {
	seconds: number;
	how: string;
}

/** The total in seconds and how it was read, or null when the paste has no total. */
export function totalOf(t: Timings): Total | null {
	const middle = t.samples.length > 1 ? median(t.samples) : null;
	if (middle !== null) return { seconds: middle, how: `the median of ${t.samples.length} samples` };
	if (t.named.total !== undefined)
		return { seconds: t.named.total, how: 'the total time curl measured' };
	if (t.samples.length === 1) return { seconds: t.samples[0], how: 'the time' };
	return null;
}

/** One finding (key timing:total, no items) comparing the total (from totalOf) with the limit. */
export function timingFinding(t: Timings, total: Total, thresholdMs: number | undefined): Finding {
	const base = { key: 'timing:total', items: [] as string[] };
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
	const stats = samples.length < 2 ? null : sampleStats(samples);
	if (!stats) return [];
	return [
		`${samples.length} samples from ${formatMs(stats.min * 1000)} to ${formatMs(stats.max * 1000)}.`
	];
}

/** "4.2 ms", "123 ms", "2345 ms". */
function formatMs(ms: number): string {
	return `${msFigure(ms)} ms`;
}

function capital(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
