// Reads `curl -I http://host` for the checklist's "HTTP redirects to HTTPS": the first answer
// to plain http must be a permanent redirect (301 or 308) to https:// on the same host, so
// browsers remember it and can then receive that host's HSTS header.
import { ITEMS, type Finding } from '$lib/evidence/finding';
import { headerValues, type CurlOutput, type CurlResponse } from './curl-output';
import { statusWords } from '$lib/evidence/words';

const PERMANENT = [301, 308];
const TEMPORARY = [302, 303, 307];

/** "Example.COM:443." → "example.com": lower case, no trailing dot, no default port. */
export function normaliseHost(host: string): string {
	const bare = host
		.trim()
		.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
		.replace(/[/?#].*$/, '')
		.toLowerCase();
	return bare.replace(/:(80|443)$/, '').replace(/\.$/, '');
}

/** The finding for HTTP→HTTPS from curl output; `host` is the deployment's expected host. */
export function redirectFinding(
	curl: CurlOutput,
	host: string | undefined,
	command: string
): Finding {
	const base = { key: 'https:redirect', items: [ITEMS.httpsRedirect] };
	const asked = curl.request?.host ? normaliseHost(curl.request.host) : undefined;
	const expected = host ? normaliseHost(host) : asked;
	if (curl.request?.scheme === 'https') {
		return {
			...base,
			verdict: 'error',
			summary: `This output is from a request to https://${asked ?? expected ?? ''}, not plain http://, so the command was run against the wrong URL.`,
			next: `Run ${command} against the http:// address and paste its output.`
		};
	}
	if (host && asked && asked !== expected) {
		return {
			...base,
			verdict: 'error',
			summary: `This output is from a request to ${asked}, not ${expected}, so the command was run against the wrong host.`,
			next: `Run ${command} and paste its output.`
		};
	}
	const first = curl.responses[0];
	const details = chainDetails(curl.responses);
	const verdict = (v: 'pass' | 'fail', summary: string, extra: string[] = []): Finding => ({
		...base,
		verdict: v,
		summary,
		details: [...extra, ...details]
	});
	const answer = statusWords(first.status, first.reason);
	if (first.status >= 200 && first.status < 300) {
		if (first.httpVersion === '2' || first.httpVersion === '3') {
			return {
				...base,
				verdict: 'error',
				summary: `This answer came over HTTP/${first.httpVersion}, which curl speaks only over https:// unless told otherwise, so the command was run against the wrong URL.`,
				next: `Run ${command} against the http:// address and paste its output.`
			};
		}
		const hsts = headerValues(first, 'strict-transport-security').length > 0;
		const hint = hsts
			? [
					'This answer carries Strict-Transport-Security, which servers usually send only over https: check the command used http://.'
				]
			: [];
		return verdict('fail', `No redirect: the site answers over plain http (${answer}).`, hint);
	}
	if (![...PERMANENT, ...TEMPORARY].includes(first.status)) {
		return verdict('fail', `Plain http answered ${answer} instead of redirecting to https://.`);
	}
	const location = headerValues(first, 'location')[0];
	if (!location) {
		return verdict(
			'fail',
			`Plain http answered ${answer} without a Location header, so it redirects nowhere.`
		);
	}
	let target: URL;
	try {
		target = new URL(location, `http://${expected ?? 'unknown.invalid'}/`);
	} catch {
		return verdict(
			'fail',
			`Plain http answered ${answer}, but its Location “${location}” is not a URL.`
		);
	}
	const where = target.href;
	const targetHost = normaliseHost(target.host);
	const temporary = TEMPORARY.includes(first.status);
	if (target.protocol !== 'https:') {
		return verdict('fail', `Plain http redirects (${answer}) to ${where}, which is not https://.`);
	}
	if (expected && targetHost !== expected) {
		return verdict(
			'fail',
			`Plain http redirects (${answer}) to ${where}, another host than ${expected}; redirect to https://${expected} first so browsers can receive its HSTS header.`
		);
	}
	if (temporary) {
		return verdict(
			'fail',
			`Plain http redirects to ${where} with ${answer}, a temporary redirect; use 301 or 308 so it is permanent.`
		);
	}
	const unchecked = expected
		? []
		: ['No expected host was given, so the redirect’s host was not compared with it.'];
	return verdict('pass', `Plain http answers ${answer} with a redirect to ${where}.`, unchecked);
}

function chainDetails(responses: CurlResponse[]): string[] {
	if (responses.length < 2) return [];
	const steps = responses.map((r) => {
		const location = headerValues(r, 'location')[0];
		return location
			? `${statusWords(r.status, r.reason)} → ${location}`
			: statusWords(r.status, r.reason);
	});
	return [`Redirects followed: ${steps.join(', then ')}.`];
}
