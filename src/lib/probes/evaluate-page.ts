// Verdicts on the homepage: does it answer, and how long does fetching its HTML take?
import type { HttpFacts, Observation, TimingFacts } from '$lib/evidence/facts';
import { ITEMS, type Finding } from '$lib/evidence/finding';
import { describeUnseen } from './describe-failure';
import { statusWords } from '$lib/evidence/words';
import { formatMs, formatThreshold } from '$lib/evidence/stats';

const FETCH_ONLY =
	'This is the time to fetch the HTML only, not a full page load: images, scripts and styles are not counted.';
const HIDDEN_REDIRECT = {
	verdict: 'unknown' as const,
	summary: 'The homepage answered with a redirect whose destination this browser hides.',
	details: ['A redirect (for example to a login page) may be normal; follow it with curl to see.']
};
const NETWORK_NOTE =
	'It was measured from this browser, so it includes the network path to the server.';

/** Bytes in decimal units as people read them: "512 B", "1.5 kB", "34 kB", "2.1 MB". */
export function formatBytes(bytes: number): string {
	const units = ['B', 'kB', 'MB', 'GB'];
	let value = bytes;
	let unit = 0;
	while (value >= 1000 && unit < units.length - 1) {
		value /= 1000;
		unit++;
	}
	const shown = unit === 0 || value >= 10 ? Math.round(value) : Math.round(value * 10) / 10;
	return `${shown} ${units[unit]}`;
}

/** The body's size in words when it was seen: bytes read, else what Resource Timing showed. */
function sizeWords(obs: HttpFacts): string | null {
	if (obs.body !== null && !obs.truncated) return formatBytes(obs.bodyBytes);
	const visible = [obs.timing?.decodedBodySize, obs.timing?.transferSize].find(
		(n) => n !== undefined && n > 0
	);
	if (visible !== undefined) return formatBytes(visible);
	return obs.truncated ? `more than ${formatBytes(obs.bodyBytes)}` : null;
}

function reachable(obs: Observation, what: string, next: string): Finding {
	const base = { key: 'page:reachable', items: [ITEMS.homepage] };
	if (obs.kind === 'opaque')
		return {
			...base,
			verdict: 'unknown',
			summary: 'The homepage is reachable, but this browser may not read its status.',
			details: [
				'The server sends no CORS headers for this page, so only "something answered" is visible.'
			],
			next
		};
	if (obs.kind === 'redirect') return { ...base, ...HIDDEN_REDIRECT, next };
	if (obs.kind !== 'http') return { ...base, ...describeUnseen(obs, what) };
	const size = sizeWords(obs);
	const answered = `The homepage answered ${statusWords(obs.status, obs.statusText)}${size ? ` (${size})` : ''}`;
	const details = obs.redirected ? [`It was redirected to ${obs.finalUrl}.`] : [];
	const after = obs.redirected ? ` after a redirect to ${obs.finalUrl}` : '';
	if (obs.status >= 200 && obs.status < 300)
		return { ...base, verdict: 'pass', summary: `${answered}${after}.`, details };
	if (obs.status >= 400)
		return { ...base, verdict: 'fail', summary: `${answered}${after}.`, details };
	return {
		...base,
		verdict: 'error',
		summary: `${answered}${after}, which Shipshape did not expect for a page.`,
		details
	};
}

function time(obs: Observation, what: string, thresholdMs: number, next: string): Finding {
	const base = { key: 'page:time', items: [ITEMS.pageLoad] };
	if (obs.kind !== 'http' && obs.kind !== 'opaque') {
		if (obs.kind === 'redirect') return { ...base, ...HIDDEN_REDIRECT, next };
		return { ...base, ...describeUnseen(obs, what) };
	}
	const timing: TimingFacts | null = obs.timing;
	if (timing === null)
		return {
			...base,
			verdict: 'unknown',
			summary: 'No timing was recorded for the homepage, so its HTML fetch time is not known.',
			details: [FETCH_ONLY],
			next
		};
	const ms = `${formatMs(timing.duration)} ms`;
	const threshold = `the ${formatThreshold(thresholdMs)} threshold`;
	const details = [FETCH_ONLY, NETWORK_NOTE];
	if (obs.kind === 'opaque') details.push('This browser could not read the status of that answer.');
	if (obs.kind === 'http' && obs.status >= 400)
		return {
			...base,
			verdict: 'fail',
			summary: `The homepage answered ${statusWords(obs.status, obs.statusText)}, so its HTML fetch time (${ms}) says little.`,
			details
		};
	const under = timing.duration < thresholdMs;
	return {
		...base,
		verdict: under ? 'pass' : 'fail',
		summary: `HTML fetch time ${ms} — ${under ? 'under' : 'not under'} ${threshold} (not a full page load).`,
		details
	};
}

/** Findings on the homepage: whether it answers, and its HTML fetch time against the threshold. */
export function evaluatePage(obs: Observation, base: string, thresholdMs = 2000): Finding[] {
	const url = `${base}/`;
	const what = `GET ${url}`;
	const next = `Run curl -sS -L -o /dev/null -w '%{http_code} %{time_total}s\\n' ${url} and paste its output.`;
	return [reachable(obs, what, next), time(obs, what, thresholdMs, next)];
}
