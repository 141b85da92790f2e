// The MDN HTTP Observatory's subresource-integrity test, ported from @mdn/mdn-http-observatory
// src/analyzer/tests/subresource-integrity.js: scripts from another site (another registrable
// domain, or a protocol-relative "//" URL) should load over https with an integrity hash.
// Needs the page's HTML, so only `curl -si` output (not `curl -I`) can answer it.
import { firstHeader, type ObservedHeaders } from './headers';
import { pageScripts } from './html';
import type { TestVerdict } from './header-tests';
import { registrableDomain } from './public-suffix';

/** types.js HTML_TYPES: the content types the Observatory reads as HTML. */
export const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

// Best to worst, as subresource-integrity.js orders them for onlyIfWorse.
const ORDER = [
	'sri-implemented-and-all-scripts-loaded-securely',
	'sri-implemented-and-external-scripts-loaded-securely',
	'sri-implemented-but-external-scripts-not-loaded-securely',
	'sri-not-implemented-but-external-scripts-loaded-securely',
	'sri-not-implemented-and-external-scripts-not-loaded-securely',
	'sri-not-implemented-response-not-html'
];
const PASSING = new Set([
	'sri-implemented-and-all-scripts-loaded-securely',
	'sri-implemented-and-external-scripts-loaded-securely',
	'sri-not-implemented-response-not-html',
	'sri-not-implemented-but-all-scripts-loaded-from-secure-origin',
	'sri-not-implemented-but-no-scripts-loaded'
]);

function worse(next: string, old: string | null): string {
	return !old || ORDER.indexOf(next) > ORDER.indexOf(old) ? next : old;
}

/** What the page's scripts are, for the SRI test: the page text, its site and scheme. */
export interface SriInput {
	headers: ObservedHeaders;
	text: string;
	hostname: string;
	https: boolean;
}

/** Grades the page's scripts as the Observatory does. */
export function sriTest({ headers, text, hostname, https }: SriInput): TestVerdict {
	const mime = (firstHeader(headers, 'content-type') ?? '').split(';')[0];
	if (!HTML_TYPES.has(mime)) {
		return verdict(
			'sri-not-implemented-response-not-html',
			`The page is not HTML (${mime || 'no type'}).`
		);
	}
	const scripts = pageScripts(text);
	if (scripts === null) {
		return verdict(
			'html-not-parseable',
			'The Observatory’s HTML reader (jsdom) fails on this page: a style attribute holds an unclosed at-rule such as “@media x{”.'
		);
	}
	const site = registrableDomain(hostname);
	const external: string[] = [];
	let result: string | null = null;
	let foreign = false;
	for (const { src, integrity } of scripts) {
		if (!src) continue;
		const relativeProtocol = /^(\/\/)[^/]/.test(src);
		const fullUrl = !relativeProtocol && /^https?:\/\//.test(src);
		const relativeOrigin = !relativeProtocol && !fullUrl;
		const sameSite = relativeProtocol || relativeOrigin || registrableDomain(src) === site;
		const secureOrigin = relativeOrigin || (sameSite && !relativeProtocol);
		const scheme = !relativeProtocol && !relativeOrigin ? new URL(src).protocol : null;
		const secureScheme = scheme === 'https:' || (relativeOrigin && https);
		if (!secureOrigin) {
			foreign = true;
			external.push(`${src}${integrity ? ' (with integrity)' : ''}`);
			if (integrity && !secureScheme) {
				result = worse('sri-implemented-but-external-scripts-not-loaded-securely', result);
			} else if (!integrity && secureScheme) {
				result = worse('sri-not-implemented-but-external-scripts-loaded-securely', result);
			} else if (!integrity) {
				result = worse('sri-not-implemented-and-external-scripts-not-loaded-securely', result);
			}
		} else if (integrity && secureScheme && !result) {
			result = 'sri-implemented-and-all-scripts-loaded-securely';
		}
	}
	const from = external.length ? ` Scripts from other sites: ${external.join(', ')}.` : '';
	if (scripts.length === 0) {
		return verdict('sri-not-implemented-but-no-scripts-loaded', 'The page loads no scripts.');
	}
	result ??= foreign
		? 'sri-implemented-and-external-scripts-loaded-securely'
		: 'sri-not-implemented-but-all-scripts-loaded-from-secure-origin';
	return verdict(
		result,
		`${scripts.length} script element${scripts.length === 1 ? '' : 's'}.${from}`
	);
}

function verdict(result: string, reason: string): TestVerdict {
	// html-not-parseable returns before subresource-integrity.js decides the pass: it fails.
	return { result, pass: PASSING.has(result), reasons: [reason] };
}
