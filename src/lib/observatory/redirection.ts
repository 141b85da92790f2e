// The MDN HTTP Observatory's redirection test, ported from @mdn/mdn-http-observatory
// src/analyzer/tests/redirection.js, for the chain `curl -sIL http://host/` prints: plain http
// must redirect, first to https on the same host, and end on https. A pasted chain comes with no
// HSTS preload list, which is right for a staging or private host: none of it is preloaded.
import type { TestVerdict } from './header-tests';

/** One step of the chain: the URL asked for and the status it answered. */
export interface RedirectStep {
	url: string;
	status: number;
}

/** The Observatory follows at most this many redirects (session.js MAX_REDIRECTS). */
export const MAX_REDIRECTS = 10;

/** Grades the redirect chain from http://host/ (the first step) to where it ends. */
export function redirectionTest(route: RedirectStep[]): TestVerdict {
	const urls = route.slice(0, MAX_REDIRECTS + 1).map((step) => new URL(step.url));
	const path = urls.map((u) => u.href).join(' → ');
	// `every` over no step is true: with an empty preload list, only an empty chain is "all preloaded".
	if (urls.length === 0) {
		return { result: 'redirection-all-redirects-preloaded', pass: true, reasons: [] };
	}
	if (urls.length === 1) {
		return {
			result: 'redirection-missing',
			pass: false,
			reasons: [`${path} answers without redirecting to https.`]
		};
	}
	const last = urls[urls.length - 1];
	if (last.protocol !== 'https:') {
		return {
			result: 'redirection-not-to-https',
			pass: false,
			reasons: [`The redirects end on ${last.href}, which is not https: ${path}.`]
		};
	}
	if (urls[1].protocol === 'http:') {
		return {
			result: 'redirection-not-to-https-on-initial-redirection',
			pass: false,
			reasons: [`The first redirect goes to another http URL, ${urls[1].href}: ${path}.`]
		};
	}
	if (
		urls[0].protocol === 'http:' &&
		urls[1].protocol === 'https:' &&
		urls[0].hostname !== urls[1].hostname
	) {
		return {
			result: 'redirection-off-host-from-http',
			pass: false,
			reasons: [
				`The first redirect leaves the host (${urls[1].href}), so browsers never get its HSTS header over https: ${path}.`
			]
		};
	}
	return { result: 'redirection-to-https', pass: true, reasons: [`${path}.`] };
}
