// Verdict on how fast GET /health answers, from repeated samples timed by this browser.
import type { Observation, TimingFacts } from '$lib/evidence/facts';
import { ITEMS, type Finding } from '$lib/evidence/finding';
import { describeUnseen } from './describe-failure';
import { statusWords } from '$lib/evidence/words';
import { formatMs, formatThreshold, median, sampleStats } from '$lib/evidence/stats';

type Phases = NonNullable<TimingFacts['phases']>;
type ServerTiming = { name: string; duration: number; description: string };

const PHASE_WORDS: [keyof Phases, string][] = [
	['dns', 'DNS'],
	['connect', 'connect'],
	['tls', 'TLS'],
	['ttfb', 'first byte'],
	['download', 'download']
];

const NETWORK_NOTE =
	'These figures include the network path from this browser to the server, so a distant browser adds time the server itself does not spend.';

/** Median of each phase, when every timed sample has phases (the server sends Timing-Allow-Origin). */
function medianPhases(timings: TimingFacts[]): Phases | null {
	if (timings.length === 0 || timings.some((t) => t.phases === undefined)) return null;
	const of = (k: keyof Phases) => median(timings.map((t) => (t.phases as Phases)[k])) ?? 0;
	return {
		dns: of('dns'),
		connect: of('connect'),
		tls: of('tls'),
		ttfb: of('ttfb'),
		download: of('download')
	};
}

/** Median Server-Timing duration per name, in the order names first appear; null when none. */
function medianServerTiming(timings: TimingFacts[]): ServerTiming[] | null {
	const byName = new Map<string, { durations: number[]; description: string }>();
	for (const entry of timings.flatMap((t) => t.serverTiming ?? [])) {
		const seen = byName.get(entry.name) ?? { durations: [], description: '' };
		seen.durations.push(entry.duration);
		seen.description ||= entry.description;
		byName.set(entry.name, seen);
	}
	if (byName.size === 0) return null;
	return [...byName].map(([name, { durations, description }]) => ({
		name,
		duration: median(durations) ?? 0,
		description
	}));
}

/** The latency finding with the figures behind it, for showing as a chart or table. */
export interface LatencyResult {
	finding: Finding;
	stats: ReturnType<typeof sampleStats>;
	durations: number[];
	phases: Phases | null;
	serverTiming: ServerTiming[] | null;
}

function timingDetails(
	timings: TimingFacts[],
	phases: Phases | null,
	server: ServerTiming[] | null
) {
	const details = [NETWORK_NOTE];
	if (phases)
		details.push(
			`Median phases: ${PHASE_WORDS.map(([k, w]) => `${w} ${formatMs(phases[k])} ms`).join(', ')}.`
		);
	else
		details.push(
			'Phases (DNS, connect, TLS, first byte) are hidden: the server sends no Timing-Allow-Origin for this page.'
		);
	if (server)
		details.push(
			`Server-Timing (medians): ${server.map((e) => `${e.name} ${formatMs(e.duration)} ms`).join(', ')}.`
		);
	if (timings.some((t) => t.source === 'clock'))
		details.push(
			"Some samples were timed by the page's clock, which adds the browser's own overhead."
		);
	return details;
}

/** A finding on GET /health latency (median against the threshold), with the figures behind it. */
export function evaluateLatency(
	samples: Observation[],
	base: string,
	thresholdMs = 50
): LatencyResult {
	const timings = samples.flatMap((s) =>
		(s.kind === 'http' || s.kind === 'opaque') && s.timing !== null ? [s.timing] : []
	);
	const durations = timings.map((t) => t.duration);
	const stats = sampleStats(durations);
	const phases = medianPhases(timings);
	const serverTiming = medianServerTiming(timings);
	const figures = { stats, durations, phases, serverTiming };
	const failed = samples.filter((s) => s.kind !== 'http' && s.kind !== 'opaque');
	const first = failed.length > 0 ? describeUnseen(failed[0], 'GET /health') : null;
	const next = `To time it without this browser's network path, run this on a machine near the server: curl -sS -o /dev/null -w '%{time_starttransfer}s\\n' ${base}/health`;
	const finding = (
		verdict: Finding['verdict'],
		summary: string,
		details: string[],
		withNext = false
	): LatencyResult => ({
		finding: {
			key: 'latency',
			items: [ITEMS.latency],
			verdict,
			summary,
			details,
			...(withNext ? { next } : {})
		},
		...figures
	});
	if (stats === null) {
		const summary =
			samples.length === 0
				? 'No samples of GET /health were taken.'
				: `None of the ${samples.length} samples of GET /health could be timed.`;
		const details = first
			? [first.summary, ...first.details]
			: ['The answers arrived without any timing.'];
		return finding('error', summary, details, true);
	}
	const details = timingDetails(timings, phases, serverTiming);
	if (first)
		details.push(
			`${failed.length} of ${samples.length} samples failed; the first: ${first.summary}`
		);
	const figuresText = `Median ${formatMs(stats.median)} ms, p95 ${formatMs(stats.p95)} ms (min ${formatMs(stats.min)}, max ${formatMs(stats.max)}) over ${stats.count} sample${stats.count === 1 ? '' : 's'}`;
	const bad = samples.find((s) => s.kind === 'http' && s.status >= 400);
	if (bad?.kind === 'http')
		return finding(
			'fail',
			`The health check answered ${statusWords(bad.status, bad.statusText)}, so its timing says little.`,
			[`${figuresText}.`, ...details]
		);
	if (samples.every((s) => s.kind !== 'http'))
		details.push('This browser could not read the answers, so their status is not known.');
	const threshold = `the ${formatThreshold(thresholdMs)} threshold`;
	return stats.median < thresholdMs
		? finding('pass', `${figuresText} — under ${threshold}.`, details)
		: finding('fail', `${figuresText} — not under ${threshold}.`, details, true);
}
