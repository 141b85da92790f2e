// Shared words for what a probe saw: answers the page may not read, failures, and status codes.
import type { Observation } from '$lib/evidence/facts';
import type { Finding, Verdict } from '$lib/evidence/finding';

/** A verdict with its words, for an observation that is not a readable HTTP answer. */
export interface Unseen {
	verdict: Verdict;
	summary: string;
	details: string[];
}

const REASONS: Record<number, string> = {
	200: 'OK',
	201: 'Created',
	204: 'No Content',
	301: 'Moved Permanently',
	302: 'Found',
	303: 'See Other',
	304: 'Not Modified',
	307: 'Temporary Redirect',
	308: 'Permanent Redirect',
	400: 'Bad Request',
	401: 'Unauthorized',
	403: 'Forbidden',
	404: 'Not Found',
	405: 'Method Not Allowed',
	429: 'Too Many Requests',
	500: 'Internal Server Error',
	502: 'Bad Gateway',
	503: 'Service Unavailable',
	504: 'Gateway Timeout'
};

/**
 * A status code with its reason phrase, e.g. "503 Service Unavailable": the phrase the server or
 * curl gave, else the standard one (HTTP/2 and HTTP/3 status lines carry none), else the code.
 */
export function statusWords(status: number, statusText = ''): string {
	const reason = statusText.trim() || REASONS[status] || '';
	return reason === '' ? String(status) : `${status} ${reason}`;
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

/** What to do when the browser cannot read an answer: run a command, or allow this page by CORS. */
export function curlNext(command: string): string {
	return `Run ${command} and paste its output, or let the server allow this page to read the answer with Shipshape's CORS snippet.`;
}

/** A short, single-line excerpt of a body for quoting in words. */
export function excerpt(text: string, max = 60): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}
