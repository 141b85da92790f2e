// Words for what a probe saw when there is no readable answer: answers the page may not read,
// hidden redirects and failures. Words shared with pasted output live in $lib/evidence/words.
import type { Observation } from '$lib/evidence/facts';
import type { Finding, Verdict } from '$lib/evidence/finding';

/** A verdict with its words, for an observation that is not a readable HTTP answer. */
export interface Unseen {
	verdict: Verdict;
	summary: string;
	details: string[];
}

/** Whole seconds when whole, else one decimal: "10 s", "2.5 s". */
function seconds(ms: number): string {
	return `${Math.round(ms / 100) / 10} s`;
}

/** Words for an observation without a readable answer; `what` names the request ("GET /health"). */
export function describeUnseen(obs: Observation, what: string): Unseen {
	switch (obs.kind) {
		case 'timeout':
			return {
				verdict: 'error',
				summary: `No answer to ${what} within ${obs.timeoutMs === undefined ? 'the time limit' : seconds(obs.timeoutMs)}.`,
				details: ['The server may be down, overloaded, or unreachable from this network.']
			};
		case 'network':
			return {
				verdict: 'error',
				summary: `${what} failed: the host could not be reached, refused the connection, or refused this page by CORS.`,
				details: [
					'A browser reports all three the same way, so it cannot tell them apart.',
					...(obs.message ? [`The browser said: "${obs.message}".`] : [])
				]
			};
		case 'mixed-content':
			return {
				verdict: 'error',
				summary: `${what} was blocked: this page is served over https, and browsers block its requests to http:// addresses.`,
				details: ['Use the https:// address of the app instead.']
			};
		case 'cancelled':
			return { verdict: 'error', summary: 'Cancelled before an answer arrived.', details: [] };
		case 'redirect':
			return {
				verdict: 'fail',
				summary: `${what} answered with a redirect, whose destination the browser hides from this page.`,
				details: [
					'A health route should answer directly: check the base address (http:// instead of https://, or a missing base path).'
				]
			};
		case 'opaque':
			return {
				verdict: 'unknown',
				summary: `${what} is reachable — but this browser may not read the answer, because the server sends no CORS headers for this page.`,
				details: [
					'Without CORS a page sees only that something answered: no status, headers or body.'
				]
			};
		case 'http':
			throw new Error('describeUnseen is only for observations without a readable answer');
	}
}

/** A finding for an observation without a readable answer; `next` is kept only for unknown. */
export function unseenFinding(
	obs: Observation,
	what: string,
	key: string,
	items: string[],
	next: string
): Finding {
	const { verdict, summary, details } = describeUnseen(obs, what);
	return { key, items, verdict, summary, details, ...(verdict === 'unknown' ? { next } : {}) };
}
