// The MDN HTTP Observatory's single-header tests, ported from @mdn/mdn-http-observatory
// src/analyzer/tests/*.js: Strict-Transport-Security, X-Frame-Options, X-Content-Type-Options,
// Referrer-Policy, Cross-Origin-Resource-Policy and CORS. Each reads the headers the way the
// Observatory receives them (headers.ts). X-XSS-Protection is no longer scored; it is reported
// under the result names the older mozilla/http-observatory used.
import type { CspMap } from './csp-parse';
import { firstHeader, headerList, type ObservedHeaders } from './headers';

/** One test's conclusion, before its score modifier is looked up. */
export interface TestVerdict {
	result: string;
	pass: boolean;
	reasons: string[];
}

/** 15768000 s is six months; the Observatory accepts 15552000 (180 days) as its "white lie". */
export const SIX_MONTHS = 15_552_000;

const verdict = (result: string, pass: boolean, ...reasons: string[]): TestVerdict => ({
	result,
	pass,
	reasons
});

/** Strict-Transport-Security, from strict-transport-security.js (with an empty preload list). */
export function hstsTest(headers: ObservedHeaders): TestVerdict {
	const values = headerList(headers, 'strict-transport-security');
	if (values.length === 0) return verdict('hsts-not-implemented', false, 'No HSTS header.');
	const data = values[0].slice(0, 1024);
	if (data.includes(',')) {
		return verdict('hsts-header-invalid', false, 'The header is set more than once.');
	}
	let maxAge: number | null = null;
	const notes: string[] = [];
	for (const parameter of data.split(';').map((p) => p.trim().toLowerCase())) {
		if (parameter.startsWith('max-age=')) maxAge = Number.parseInt(parameter.slice(8, 128), 10);
		else if (parameter === 'includesubdomains') {
			notes.push('includeSubDomains is set: every subdomain must serve https too.');
		} else if (parameter === 'preload') {
			notes.push(
				'preload is set; the Observatory adds +5 only when the host is on the browsers’ preload list, which a pasted response cannot show (check hstspreload.org).'
			);
		}
	}
	if (maxAge === null) return verdict('hsts-header-invalid', false, 'It has no max-age.');
	// NaN is not below six months either: the Observatory takes max-age=abc for a long one.
	if (maxAge < SIX_MONTHS) {
		const off = maxAge === 0 ? ' max-age=0 tells browsers to forget HSTS.' : '';
		return verdict(
			'hsts-implemented-max-age-less-than-six-months',
			false,
			`max-age=${maxAge} is under six months (${SIX_MONTHS}).${off}`,
			...notes
		);
	}
	return verdict(
		'hsts-implemented-max-age-at-least-six-months',
		true,
		Number.isNaN(maxAge)
			? 'The Observatory finds no number in max-age, and does not count that as under six months.'
			: `max-age=${maxAge} is at least six months (${SIX_MONTHS}).`,
		...notes
	);
}

/** X-Frame-Options, from x-frame-options.js: CSP frame-ancestors wins. */
export function xfoTest(headers: ObservedHeaders, csp: CspMap | null): TestVerdict {
	const header = firstHeader(headers, 'x-frame-options');
	let result: TestVerdict;
	if (header) {
		const xfo = header.slice(0, 1024).trim().toLowerCase();
		if (xfo === 'deny' || xfo === 'sameorigin') {
			result = verdict('x-frame-options-sameorigin-or-deny', true);
		} else if (xfo.startsWith('allow-from')) {
			result = verdict(
				'x-frame-options-allow-from-origin',
				true,
				'ALLOW-FROM is ignored by current browsers.'
			);
		} else {
			result = verdict(
				'x-frame-options-header-invalid',
				false,
				`“${header}” is not DENY or SAMEORIGIN.`
			);
		}
	} else result = verdict('x-frame-options-not-implemented', false, 'No X-Frame-Options header.');
	if (csp?.get('frame-ancestors')) {
		return verdict(
			'x-frame-options-implemented-via-csp',
			true,
			'CSP frame-ancestors controls framing.'
		);
	}
	return result;
}

/** X-Content-Type-Options, from x-content-type-options.js. */
export function xctoTest(headers: ObservedHeaders): TestVerdict {
	const header = firstHeader(headers, 'x-content-type-options');
	if (!header) {
		return verdict(
			'x-content-type-options-not-implemented',
			false,
			'No X-Content-Type-Options header.'
		);
	}
	if (header.slice(0, 256).trim().toLowerCase() === 'nosniff') {
		return verdict('x-content-type-options-nosniff', true);
	}
	return verdict('x-content-type-options-header-invalid', false, `“${header}” is not nosniff.`);
}

const PRIVATE = ['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'];
const UNSAFE = ['origin', 'origin-when-cross-origin', 'unsafe-url', 'no-referrer-when-downgrade'];

/** Referrer-Policy, from referrer-policy.js: header then `<meta name=referrer>`, last known wins. */
export function referrerTest(headers: ObservedHeaders, meta: string[]): TestVerdict {
	const values = [...headerList(headers, 'referrer-policy'), ...meta];
	if (values.length === 0) {
		return verdict(
			'referrer-policy-not-implemented',
			true,
			'No Referrer-Policy; browsers default to strict-origin-when-cross-origin.'
		);
	}
	const data = values.join(', ');
	const known = data
		.split(',')
		.filter((v) => [...PRIVATE, ...UNSAFE].includes(v.toLowerCase().trim()));
	const policy = known.reverse()[0]?.toLowerCase().trim() ?? '';
	if (PRIVATE.includes(policy)) return verdict('referrer-policy-private', true);
	if (UNSAFE.includes(policy)) {
		return verdict('referrer-policy-unsafe', false, `${policy} can send full URLs to other sites.`);
	}
	return verdict('referrer-policy-header-invalid', false, `“${data}” is not a referrer policy.`);
}

/** Cross-Origin-Resource-Policy, from cross-origin-resource-policy.js. */
export function corpTest(headers: ObservedHeaders): TestVerdict {
	const header = firstHeader(headers, 'cross-origin-resource-policy');
	const value = header ? header.slice(0, 256).trim().toLowerCase() : '';
	if (!value)
		return verdict('corp-not-implemented', true, 'No Cross-Origin-Resource-Policy header.');
	if (value === 'same-site') return verdict('corp-implemented-with-same-site', true);
	if (value === 'same-origin') return verdict('corp-implemented-with-same-origin', true);
	if (value === 'cross-origin') {
		return verdict(
			'corp-implemented-with-cross-origin',
			true,
			'Any site may embed these resources.'
		);
	}
	return verdict(
		'corp-header-invalid',
		false,
		`“${header}” is not same-site, same-origin or cross-origin.`
	);
}

/** The Origin the Observatory's CORS preflight sends (config.js corsOrigin). */
export const OBSERVATORY_ORIGIN = 'https://http-observatory.security.mozilla.org';

/** CORS, from cors.js: the answer to a preflight sent with `origin`. */
export function corsTest(headers: ObservedHeaders, origin: string | null): TestVerdict {
	const acao = firstHeader(headers, 'access-control-allow-origin');
	const credentials = firstHeader(headers, 'access-control-allow-credentials');
	if (!acao) {
		return verdict(
			'cross-origin-resource-sharing-not-implemented',
			true,
			'No Access-Control-Allow-Origin header.'
		);
	}
	if (acao.slice(0, 256).trim().toLowerCase() === '*') {
		return verdict('cross-origin-resource-sharing-implemented-with-public-access', true);
	}
	if (origin && origin === acao && credentials?.toLowerCase().trim() === 'true') {
		return verdict(
			'cross-origin-resource-sharing-implemented-with-universal-access',
			false,
			'It allows the asking origin with credentials: any site could read answers meant for a signed-in user.'
		);
	}
	return verdict('cross-origin-resource-sharing-implemented-with-restricted-access', true);
}

/** X-XSS-Protection: reported, never scored; pass means present, as the checklist asks. */
export function xxssTest(headers: ObservedHeaders): TestVerdict {
	const guidance =
		'Current guidance is to send 0 or nothing: the XSS filter it controls is gone from browsers.';
	const values = headerList(headers, 'x-xss-protection');
	if (values.length === 0) return verdict('x-xss-protection-not-implemented', false, guidance);
	const value = values.join(', ');
	const v = value.trim().toLowerCase();
	if (v === '0') return verdict('x-xss-protection-disabled', true, guidance);
	if (/^1\s*;\s*mode\s*=\s*block$/.test(v)) {
		return verdict('x-xss-protection-enabled-mode-block', true, guidance);
	}
	if (/^1\s*(;|$)/.test(v)) return verdict('x-xss-protection-enabled', true, guidance);
	return verdict('x-xss-protection-header-invalid', false, `“${value}” is not 0 or 1.`, guidance);
}
