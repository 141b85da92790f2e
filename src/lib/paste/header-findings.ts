// One checklist finding per security header, in the checklist's words (is the header there,
// with the asked value), carrying the Observatory's reasons as details.
import { ITEMS, type Finding } from '$lib/evidence/finding';
import { headerValues, type CurlResponse } from './curl-output';
import type { HeaderTest } from './observatory';

/** The details of a header finding: Observatory reasons and result. */
export type Details = (t: HeaderTest) => string[];

/** "+5", "−20", "0". */
export function signed(n: number): string {
	return n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0';
}

function lowerFirst(text: string): string {
	return text.replace(/^[A-Z](?![A-Z])/, (c) => c.toLowerCase());
}

/** The header's values as browsers read repeats: one value when all repeats agree. */
function single(response: CurlResponse, name: string): { value: string; repeats: number } | null {
	const values = headerValues(response, name);
	if (values.length === 0) return null;
	const distinct = new Set(values.flatMap((v) => v.split(',')).map((v) => v.trim().toLowerCase()));
	const value = distinct.size === 1 ? values[0].split(',')[0].trim() : values.join(', ');
	return { value, repeats: values.length };
}

/** Strict-Transport-Security: valid passes, a max-age under six months warns, max-age=0 fails. */
export function hstsFinding(t: HeaderTest, r: CurlResponse, details: Details): Finding {
	const base = {
		key: 'header:strict-transport-security',
		items: [ITEMS.hsts, ITEMS.hstsPresent],
		details: details(t)
	};
	const value = headerValues(r, 'strict-transport-security').join(', ');
	switch (t.result) {
		case 'hsts-not-implemented':
			return {
				...base,
				verdict: 'fail',
				summary: 'The response has no Strict-Transport-Security header.'
			};
		case 'hsts-header-invalid':
			return {
				...base,
				verdict: 'fail',
				summary: `Strict-Transport-Security is present but invalid: ${lowerFirst(t.reasons[0])}`
			};
		case 'hsts-implemented-max-age-less-than-six-months':
			if (/max-age="?0"?(;|$)/i.test(value.replace(/\s/g, ''))) {
				return {
					...base,
					verdict: 'fail',
					summary: 'Strict-Transport-Security is present with max-age=0, which switches HSTS off.'
				};
			}
			return {
				...base,
				verdict: 'pass',
				summary: `Strict-Transport-Security is present (“${value}”), but its max-age is under the six months (15552000 s) the Observatory expects.`
			};
		default:
			return {
				...base,
				verdict: 'pass',
				summary: `Strict-Transport-Security is present: “${value}”.`
			};
	}
}

const CSP_WORDS: Record<string, string> = {
	'csp-implemented-with-no-unsafe-default-src-none':
		", strict: default-src 'none' and nothing unsafe",
	'csp-implemented-with-no-unsafe': ', with no unsafe script sources',
	'csp-implemented-with-unsafe-inline-in-style-src-only': ', with unsafe sources only in style-src',
	'csp-implemented-but-duplicate-directives': ', but repeats a reporting directive',
	'csp-implemented-with-insecure-scheme-in-passive-content-only':
		', but lets images or media load over http',
	'csp-implemented-with-unsafe-eval': ", but allows 'unsafe-eval'",
	'csp-implemented-with-unsafe-inline': ", but allows unsafe scripts such as 'unsafe-inline'",
	'csp-implemented-with-insecure-scheme': ', but lets scripts load over plain http'
};

/** Content-Security-Policy: an enforced policy that parses passes, its Observatory rating said. */
export function cspFinding(t: HeaderTest, r: CurlResponse, details: Details): Finding {
	const base = { key: 'header:content-security-policy', items: [ITEMS.csp], details: details(t) };
	const present = headerValues(r, 'content-security-policy').length > 0;
	switch (t.result) {
		case 'csp-not-implemented':
			return {
				...base,
				verdict: 'fail',
				summary: present
					? 'Content-Security-Policy is present but sets no directives, so it restricts nothing.'
					: 'The response has no Content-Security-Policy header.'
			};
		case 'csp-not-implemented-but-reporting-enabled':
			return {
				...base,
				verdict: 'fail',
				summary:
					'Only Content-Security-Policy-Report-Only is set: it reports violations but blocks nothing.'
			};
		case 'csp-header-invalid':
			return {
				...base,
				verdict: 'fail',
				summary: `Content-Security-Policy is present but invalid: ${lowerFirst(t.reasons[0])}`
			};
		default: {
			const words = CSP_WORDS[t.result] ?? '';
			return {
				...base,
				verdict: 'pass',
				summary: `Content-Security-Policy is present${words} (Observatory ${signed(t.scoreModifier)}).`
			};
		}
	}
}

/** X-Frame-Options: SAMEORIGIN passes, DENY passes as stricter, anything else fails. */
export function xfoFinding(t: HeaderTest, r: CurlResponse, details: Details): Finding {
	const base = { key: 'header:x-frame-options', items: [ITEMS.xfo] };
	const header = single(r, 'x-frame-options');
	const viaCsp = t.result === 'x-frame-options-implemented-via-csp';
	if (!header) {
		const extra = viaCsp
			? [
					'CSP frame-ancestors already controls framing in current browsers, but the checklist asks for the header too.'
				]
			: [];
		return {
			...base,
			verdict: 'fail',
			summary: 'The response has no X-Frame-Options header.',
			details: [...extra, ...details(t)]
		};
	}
	const more = header.repeats > 1 ? [`The header is sent ${header.repeats} times.`] : [];
	const v = header.value.toUpperCase();
	if (v === 'SAMEORIGIN') {
		return {
			...base,
			verdict: 'pass',
			summary: 'X-Frame-Options is SAMEORIGIN.',
			details: [...more, ...details(t)]
		};
	}
	if (v === 'DENY') {
		return {
			...base,
			verdict: 'pass',
			summary:
				'X-Frame-Options is DENY, stricter than the SAMEORIGIN the checklist asks for: not even the site itself may frame its pages.',
			details: [...more, ...details(t)]
		};
	}
	return {
		...base,
		verdict: 'fail',
		summary: `X-Frame-Options is “${header.value}”, not SAMEORIGIN or DENY.`,
		details: [...more, ...details(t)]
	};
}

/** X-Content-Type-Options: nosniff passes. */
export function xctoFinding(t: HeaderTest, r: CurlResponse, details: Details): Finding {
	const base = { key: 'header:x-content-type-options', items: [ITEMS.xcto] };
	const header = single(r, 'x-content-type-options');
	if (!header) {
		return {
			...base,
			verdict: 'fail',
			summary: 'The response has no X-Content-Type-Options header.',
			details: details(t)
		};
	}
	const more = header.repeats > 1 ? [`The header is sent ${header.repeats} times.`] : [];
	if (header.value.toLowerCase() === 'nosniff') {
		return {
			...base,
			verdict: 'pass',
			summary: 'X-Content-Type-Options is nosniff.',
			details: [...more, ...details(t)]
		};
	}
	return {
		...base,
		verdict: 'fail',
		summary: `X-Content-Type-Options is “${header.value}”, not nosniff.`,
		details: [...more, ...details(t)]
	};
}

/** X-XSS-Protection: present passes, as the checklist asks; the guidance rides in details. */
export function xxssFinding(t: HeaderTest, r: CurlResponse, details: Details): Finding {
	const base = { key: 'header:x-xss-protection', items: [ITEMS.xxss], details: details(t) };
	const value = headerValues(r, 'x-xss-protection').join(', ');
	if (t.result === 'x-xss-protection-not-implemented') {
		return {
			...base,
			verdict: 'fail',
			summary: 'The response has no X-XSS-Protection header, which the checklist asks for.'
		};
	}
	return { ...base, verdict: 'pass', summary: `X-XSS-Protection is present: “${value}”.` };
}
