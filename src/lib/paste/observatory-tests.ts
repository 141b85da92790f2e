// The MDN HTTP Observatory's header tests other than CSP, ported for pasted headers: HSTS,
// X-Frame-Options, X-Content-Type-Options and Referrer-Policy follow
// mdn/mdn-http-observatory src/analyzer/tests/*.js. X-XSS-Protection is no longer scored by
// the Observatory; it is reported under the result names the older mozilla/http-observatory used.
import type { CspMap } from './csp-parse';

/** One test's conclusion, before its score modifier is looked up. */
export interface TestVerdict {
	result: string;
	pass: boolean;
	reasons: string[];
}

/** 15768000 s is six months; the Observatory accepts 15552000 (180 days) as its "white lie". */
export const SIX_MONTHS = 15_552_000;

/**
 * Repeated headers as the Observatory sees them: its HTTP client (axios on Node) joins repeats
 * with ", ", so a header sent twice reads as one value with a comma.
 */
export function joined(values: string[]): string | null {
	return values.length === 0 ? null : values.join(', ');
}

/** Strict-Transport-Security, from src/analyzer/tests/strict-transport-security.js. */
export function hstsTest(value: string | null): TestVerdict {
	if (value === null) {
		return { result: 'hsts-not-implemented', pass: false, reasons: ['No HSTS header.'] };
	}
	const data = value.slice(0, 1024);
	if (data.includes(',')) return invalid('hsts', 'The header is set more than once.');
	let maxAge: number | null = null;
	const notes: string[] = [];
	for (const part of data.split(';').map((p) => p.trim().toLowerCase())) {
		if (part.startsWith('max-age=')) {
			maxAge = Number.parseInt(part.slice(8, 128).replace(/^"|"$/g, ''), 10);
		} else if (part === 'includesubdomains') {
			notes.push('includeSubDomains is set: every subdomain must serve https too.');
		} else if (part === 'preload') {
			notes.push(
				'preload is set; the Observatory adds +5 only when the host is on the browsers’ preload list, which a pasted response cannot show (check hstspreload.org).'
			);
		}
	}
	if (maxAge === null || Number.isNaN(maxAge)) return invalid('hsts', 'It has no max-age.');
	if (maxAge < SIX_MONTHS) {
		const off = maxAge === 0 ? ' max-age=0 tells browsers to forget HSTS.' : '';
		return {
			result: 'hsts-implemented-max-age-less-than-six-months',
			pass: false,
			reasons: [`max-age=${maxAge} is under six months (${SIX_MONTHS}).${off}`, ...notes]
		};
	}
	return {
		result: 'hsts-implemented-max-age-at-least-six-months',
		pass: true,
		reasons: [`max-age=${maxAge} is at least six months (${SIX_MONTHS}).`, ...notes]
	};
}

/** X-Frame-Options, from src/analyzer/tests/x-frame-options.js; CSP frame-ancestors wins. */
export function xfoTest(value: string | null, csp: CspMap | null): TestVerdict {
	let verdict: TestVerdict;
	const xfo = value === null ? null : value.slice(0, 1024).trim().toLowerCase();
	if (xfo === null) verdict = notImplemented('x-frame-options', 'No X-Frame-Options header.');
	else if (xfo === 'deny' || xfo === 'sameorigin')
		verdict = { result: 'x-frame-options-sameorigin-or-deny', pass: true, reasons: [] };
	else if (xfo.startsWith('allow-from'))
		verdict = {
			result: 'x-frame-options-allow-from-origin',
			pass: true,
			reasons: ['ALLOW-FROM is ignored by current browsers.']
		};
	else verdict = invalid('x-frame-options', `“${value}” is not DENY or SAMEORIGIN.`);
	const ancestors = csp?.get('frame-ancestors');
	if (ancestors) {
		const list = [...ancestors].join(' ');
		return {
			result: 'x-frame-options-implemented-via-csp',
			pass: true,
			reasons: [`CSP frame-ancestors ${list} controls framing.`, ...verdict.reasons]
		};
	}
	return verdict;
}

/** X-Content-Type-Options, from src/analyzer/tests/x-content-type-options.js. */
export function xctoTest(value: string | null): TestVerdict {
	if (value === null) {
		return notImplemented('x-content-type-options', 'No X-Content-Type-Options header.');
	}
	if (value.slice(0, 256).trim().toLowerCase() === 'nosniff') {
		return { result: 'x-content-type-options-nosniff', pass: true, reasons: [] };
	}
	return invalid('x-content-type-options', `“${value}” is not nosniff.`);
}

const PRIVATE = ['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'];
const UNSAFE = ['origin', 'origin-when-cross-origin', 'unsafe-url', 'no-referrer-when-downgrade'];

/** Referrer-Policy, from src/analyzer/tests/referrer-policy.js: the last known value counts. */
export function referrerTest(value: string | null): TestVerdict {
	if (value === null) {
		return {
			result: 'referrer-policy-not-implemented',
			pass: true,
			reasons: ['No Referrer-Policy header; browsers default to strict-origin-when-cross-origin.']
		};
	}
	const known = value
		.split(',')
		.map((v) => v.trim().toLowerCase())
		.filter((v) => PRIVATE.includes(v) || UNSAFE.includes(v));
	const policy = known[known.length - 1] ?? '';
	if (PRIVATE.includes(policy))
		return { result: 'referrer-policy-private', pass: true, reasons: [] };
	if (UNSAFE.includes(policy)) {
		return {
			result: 'referrer-policy-unsafe',
			pass: false,
			reasons: [`${policy} can send full URLs to other sites.`]
		};
	}
	return invalid('referrer-policy', `“${value}” is not a referrer policy.`);
}

/** X-XSS-Protection: reported, never scored; pass means present, as the checklist asks. */
export function xxssTest(value: string | null): TestVerdict {
	const guidance =
		'Current guidance is to send 0 or nothing: the XSS filter it controls is gone from browsers.';
	if (value === null) {
		return { result: 'x-xss-protection-not-implemented', pass: false, reasons: [guidance] };
	}
	const v = value.trim().toLowerCase();
	if (v === '0') return { result: 'x-xss-protection-disabled', pass: true, reasons: [guidance] };
	if (/^1\s*;\s*mode\s*=\s*block$/.test(v)) {
		return { result: 'x-xss-protection-enabled-mode-block', pass: true, reasons: [guidance] };
	}
	if (/^1\s*(;|$)/.test(v)) {
		return { result: 'x-xss-protection-enabled', pass: true, reasons: [guidance] };
	}
	return {
		result: 'x-xss-protection-header-invalid',
		pass: false,
		reasons: [`“${value}” is not 0 or 1.`, guidance]
	};
}

function invalid(prefix: string, reason: string): TestVerdict {
	return { result: `${prefix}-header-invalid`, pass: false, reasons: [reason] };
}

function notImplemented(prefix: string, reason: string): TestVerdict {
	return { result: `${prefix}-not-implemented`, pass: false, reasons: [reason] };
}
