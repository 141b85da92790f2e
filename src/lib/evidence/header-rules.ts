// One rule per security-header item of the checklist: given a response's headers as seen, the
// verdict and the words. The live probe (the headers CORS let the page see) and a pasted
// `curl -I` (every header) both apply these, so the same header gets the same verdict. The
// rules follow what browsers do with the header, not the Observatory's grade.
import { ITEMS, type Verdict } from './finding';
import { cspDirectives, cspEnforces, firstHsts, frameOptions, hstsMaxAge } from './header-values';
import { quoteValue } from './words';

/**
 * A response's headers as seen: a header's value as a browser combines repeats (joined by ", ",
 * as fetch's Headers does), or undefined when the response does not carry it. Names lower-case.
 */
export type SeenHeaders = (name: string) => string | undefined;

/** A rule's verdict on one response, with its words. */
export interface HeaderJudgement {
	verdict: Extract<Verdict, 'pass' | 'fail'>;
	summary: string;
	details: string[];
}

/** The rule for one header item. */
export interface HeaderRule {
	/** The header it judges, lower-case. */
	name: string;
	/** The finding's key, `header:<name>`. */
	key: string;
	/** The checklist items it informs, by task text. */
	items: string[];
	/** The verdict for a response whose headers were all seen (a header not there is absent). */
	judge: (seen: SeenHeaders) => HeaderJudgement;
}

/** HSTS's max-age below this is short by the Observatory's measure (180 days). */
export const SIX_MONTHS = 15_552_000;

const pass = (summary: string, details: string[] = []): HeaderJudgement => ({
	verdict: 'pass',
	summary,
	details
});
const fail = (summary: string, details: string[] = []): HeaderJudgement => ({
	verdict: 'fail',
	summary,
	details
});

function hsts(seen: SeenHeaders): HeaderJudgement {
	const all = seen('strict-transport-security');
	if (all === undefined) return fail('The response has no Strict-Transport-Security header.');
	const value = firstHsts(all);
	const details =
		value === all
			? []
			: [
					`Strict-Transport-Security is sent more than once (${quoteValue(all)}): browsers process only the first (RFC 6797 §8.1), ${quoteValue(value)}.`
				];
	const parsed = hstsMaxAge(value);
	if ('problem' in parsed)
		return fail(
			`Strict-Transport-Security is present but invalid, so browsers ignore it: ${parsed.problem}.`,
			details
		);
	if (parsed.maxAge === 0)
		return fail(
			`Strict-Transport-Security is ${quoteValue(value)}: max-age=0 tells browsers to forget HSTS for this host, so it is off.`,
			details
		);
	if (parsed.maxAge < SIX_MONTHS)
		return pass(
			`Strict-Transport-Security is present (${quoteValue(value)}), but its max-age is under the six months (${SIX_MONTHS} s) the Observatory expects.`,
			details
		);
	return pass(`Strict-Transport-Security is present: ${quoteValue(value)}.`, details);
}

function csp(seen: SeenHeaders): HeaderJudgement {
	const value = seen('content-security-policy');
	if (value === undefined) {
		const reportOnly = seen('content-security-policy-report-only');
		if (reportOnly === undefined)
			return fail('The response has no Content-Security-Policy header.');
		return fail(
			'Only Content-Security-Policy-Report-Only is set: it reports violations but blocks nothing.',
			[`The report-only policy is ${quoteValue(reportOnly)}.`]
		);
	}
	if (cspDirectives(value).length === 0)
		return fail(
			'Content-Security-Policy is present but sets no directives, so it restricts nothing.'
		);
	if (!cspEnforces(value))
		return fail(
			`Content-Security-Policy is ${quoteValue(value)}: no directive browsers enforce, so it restricts nothing.`
		);
	return pass(`Content-Security-Policy is present: ${quoteValue(value)}.`);
}

function xfo(seen: SeenHeaders): HeaderJudgement {
	const value = seen('x-frame-options');
	if (value === undefined) {
		const ancestors = cspDirectives(seen('content-security-policy') ?? '').includes(
			'frame-ancestors'
		);
		return fail(
			'The response has no X-Frame-Options header.',
			ancestors
				? [
						'CSP frame-ancestors already controls framing in current browsers, but the checklist asks for the header too.'
					]
				: []
		);
	}
	const read = frameOptions(value);
	if (read === 'sameorigin') return pass('X-Frame-Options is SAMEORIGIN.');
	if (read === 'deny')
		return pass(
			'X-Frame-Options is DENY, stricter than the SAMEORIGIN the checklist asks for: not even the site itself may frame its pages.'
		);
	if (read === 'conflict')
		return fail(
			`X-Frame-Options holds conflicting values (${quoteValue(value)}), so browsers refuse every frame, even the site's own: send SAMEORIGIN once.`
		);
	if (value.trim() === '') return fail('X-Frame-Options is empty, so browsers ignore it.');
	return fail(`X-Frame-Options is ${quoteValue(value)}, not SAMEORIGIN or DENY.`, [
		'Browsers ignore any other value, so any site may frame the page unless CSP frame-ancestors stops it.'
	]);
}

function xcto(seen: SeenHeaders): HeaderJudgement {
	const value = seen('x-content-type-options');
	if (value === undefined) return fail('The response has no X-Content-Type-Options header.');
	// Fetch's "determine nosniff" reads only the first of the comma-separated values.
	const first = value.split(',')[0].trim();
	if (first.toLowerCase() === 'nosniff') return pass('X-Content-Type-Options is nosniff.');
	if (value.trim() === '') return fail('X-Content-Type-Options is empty, not nosniff.');
	return fail(`X-Content-Type-Options is ${quoteValue(value)}, not nosniff.`, [
		'Browsers read only its first value, and only nosniff means anything.'
	]);
}

const XSS_GUIDANCE =
	'Current guidance is to send 0 or nothing: the XSS filter it controls is gone from browsers.';

function xxss(seen: SeenHeaders): HeaderJudgement {
	const value = seen('x-xss-protection');
	if (value === undefined)
		return fail('The response has no X-XSS-Protection header, which the checklist asks for.', [
			XSS_GUIDANCE
		]);
	// The browsers that had the filter read the leading 0 or 1 and ignored any other value.
	if (/^\s*[01]\s*(;|,|$)/.test(value))
		return pass(`X-XSS-Protection is present: ${quoteValue(value)}.`, [XSS_GUIDANCE]);
	if (value.trim() === '')
		return fail('X-XSS-Protection is empty: it says neither 0 nor 1.', [XSS_GUIDANCE]);
	return fail(`X-XSS-Protection is ${quoteValue(value)}, which is neither 0 nor 1.`, [
		XSS_GUIDANCE
	]);
}

/** The rules for the checklist's header items, in the order findings are listed. */
export const HEADER_RULES: readonly HeaderRule[] = [
	{
		name: 'strict-transport-security',
		key: 'header:strict-transport-security',
		items: [ITEMS.hsts, ITEMS.hstsPresent],
		judge: hsts
	},
	{
		name: 'content-security-policy',
		key: 'header:content-security-policy',
		items: [ITEMS.csp],
		judge: csp
	},
	{ name: 'x-frame-options', key: 'header:x-frame-options', items: [ITEMS.xfo], judge: xfo },
	{
		name: 'x-content-type-options',
		key: 'header:x-content-type-options',
		items: [ITEMS.xcto],
		judge: xcto
	},
	{ name: 'x-xss-protection', key: 'header:x-xss-protection', items: [ITEMS.xxss], judge: xxss }
];
