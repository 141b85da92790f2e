// Verdicts on the security headers, telling a header the server lacks from one this page cannot see.
import type { HttpFacts, Observation } from '$lib/evidence/facts';
import { ITEMS, type Finding } from '$lib/evidence/finding';
import { unseenFinding } from './describe-failure';

interface HeaderRule {
	name: string;
	items: string[];
	/** Verdict and words for a visible value. */
	judge: (value: string) => { ok: boolean; words: string };
}

/** A header value for quoting, cut to about 200 characters. */
function quote(value: string): string {
	const flat = value.trim();
	return `"${flat.length > 200 ? `${flat.slice(0, 200)}…` : flat}"`;
}

/** The distinct comma-separated values, lower-cased: a header sent twice arrives joined by ", ". */
function values(value: string): string[] {
	return [...new Set(value.split(',').map((v) => v.trim().toLowerCase()))];
}

const present = (name: string) => (value: string) => ({
	ok: true,
	words: `${name} is ${quote(value)}.`
});

const RULES: HeaderRule[] = [
	{
		name: 'strict-transport-security',
		items: [ITEMS.hsts, ITEMS.hstsPresent],
		judge: present('strict-transport-security')
	},
	{
		name: 'content-security-policy',
		items: [ITEMS.csp],
		judge: present('content-security-policy')
	},
	{
		name: 'x-frame-options',
		items: [ITEMS.xfo],
		judge: (value) => {
			const set = values(value);
			const single = set.length === 1 ? set[0] : '';
			if (single === 'sameorigin')
				return { ok: true, words: `x-frame-options is ${quote(value)}.` };
			if (single === 'deny')
				return { ok: true, words: `x-frame-options is ${quote(value)}, stricter than SAMEORIGIN.` };
			return { ok: false, words: `x-frame-options is ${quote(value)}, not SAMEORIGIN or DENY.` };
		}
	},
	{
		name: 'x-content-type-options',
		items: [ITEMS.xcto],
		judge: (value) =>
			values(value)[0] === 'nosniff'
				? { ok: true, words: `x-content-type-options is ${quote(value)}.` }
				: { ok: false, words: `x-content-type-options is ${quote(value)}, not "nosniff".` }
	},
	{ name: 'x-xss-protection', items: [ITEMS.xxss], judge: present('x-xss-protection') }
];

function canSee(obs: HttpFacts, name: string): boolean {
	return obs.exposed === '*' || (obs.exposed ?? []).some((n) => n.toLowerCase() === name);
}

function judgeHeader(obs: HttpFacts, rule: HeaderRule, base: string): Finding {
	const { name, items } = rule;
	const key = `header:${name}`;
	const next = `Run curl -sI ${base}/health and paste its output.`;
	const value = obs.headers[name];
	const details: string[] = [];
	if (name === 'strict-transport-security' && base.startsWith('http:'))
		details.push('HSTS is only sent over HTTPS, and this target is an http:// address.');
	if (value !== undefined) {
		const { ok, words } = rule.judge(value);
		return { key, items, verdict: ok ? 'pass' : 'fail', summary: words, details };
	}
	const known = canSee(obs, name);
	const reportOnly =
		name === 'content-security-policy' ? obs.headers[`${name}-report-only`] : undefined;
	if (reportOnly !== undefined) {
		details.push(
			`The report-only policy is ${quote(reportOnly)}; it reports violations but blocks nothing.`
		);
		return known
			? {
					key,
					items,
					verdict: 'fail',
					summary: 'Only content-security-policy-report-only is set, so no policy is enforced.',
					details
				}
			: {
					key,
					items,
					verdict: 'unknown',
					summary:
						'Only content-security-policy-report-only is visible to this browser, and a report-only policy is not enforced.',
					details: [
						...details,
						'Whether an enforced content-security-policy is also sent is hidden from this page.'
					],
					next
				};
	}
	if (known)
		return {
			key,
			items,
			verdict: 'fail',
			summary: `${name} is absent: the server lets this page read its headers and this one is not there.`,
			details
		};
	return {
		key,
		items,
		verdict: 'unknown',
		summary: `${name} is not visible to this browser, because the server does not expose it to other origins (Access-Control-Expose-Headers).`,
		details,
		next
	};
}

/** Findings on HSTS, CSP, X-Frame-Options, X-Content-Type-Options and X-XSS-Protection. */
export function evaluateHeaders(obs: Observation, base: string): Finding[] {
	if (obs.kind === 'http') return RULES.map((rule) => judgeHeader(obs, rule, base));
	const next = `Run curl -sI ${base}/health and paste its output.`;
	const path = obs.url.startsWith(base) ? obs.url.slice(base.length) || '/' : obs.url;
	return RULES.map((rule) => {
		const finding = unseenFinding(obs, `GET ${path}`, `header:${rule.name}`, rule.items, next);
		if (obs.kind !== 'redirect') return finding;
		return {
			...finding,
			verdict: 'unknown',
			summary:
				'The server answered with a redirect whose destination this browser hides, so its headers are not visible.',
			details: [],
			next
		};
	});
}
