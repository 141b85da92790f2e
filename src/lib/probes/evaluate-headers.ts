// Verdicts on the security headers as the browser saw them: a header the page could read is
// judged by the shared rules ($lib/evidence/header-rules); one it could not read stays unknown,
// and is absent only when Access-Control-Expose-Headers proves the page could have seen it.
import type { HttpFacts, Observation } from '$lib/evidence/facts';
import type { Finding } from '$lib/evidence/finding';
import { HEADER_RULES, type HeaderRule } from '$lib/evidence/header-rules';
import { quoteValue } from '$lib/evidence/words';
import { unseenFinding } from './describe-failure';

function canSee(obs: HttpFacts, name: string): boolean {
	return obs.exposed === '*' || (obs.exposed ?? []).some((n) => n.toLowerCase() === name);
}

function judgeHeader(obs: HttpFacts, rule: HeaderRule, base: string): Finding {
	const { name, key, items } = rule;
	const next = `Run curl -sI ${base}/health and paste its output.`;
	const overHttp =
		name === 'strict-transport-security' && base.startsWith('http:')
			? ['HSTS is only sent over HTTPS, and this target is an http:// address.']
			: [];
	const visible = obs.headers[name] !== undefined;
	if (visible || canSee(obs, name)) {
		const { verdict, summary, details } = rule.judge((n) => obs.headers[n]);
		const proof = visible
			? []
			: [
					'The server lets this page read its headers (Access-Control-Expose-Headers), so this one would be visible if it were sent.'
				];
		return { key, items, verdict, summary, details: [...details, ...proof, ...overHttp] };
	}
	const reportOnly =
		name === 'content-security-policy' ? obs.headers[`${name}-report-only`] : undefined;
	if (reportOnly !== undefined)
		return {
			key,
			items,
			verdict: 'unknown',
			summary:
				'Only Content-Security-Policy-Report-Only is visible to this browser, and a report-only policy is not enforced.',
			details: [
				`The report-only policy is ${quoteValue(reportOnly)}; it reports violations but blocks nothing.`,
				'Whether an enforced Content-Security-Policy is also sent is hidden from this page.'
			],
			next
		};
	return {
		key,
		items,
		verdict: 'unknown',
		summary: `${name} is not visible to this browser, because the server does not expose it to other origins (Access-Control-Expose-Headers).`,
		details: overHttp,
		next
	};
}

/** Findings on HSTS, CSP, X-Frame-Options, X-Content-Type-Options and X-XSS-Protection. */
export function evaluateHeaders(obs: Observation, base: string): Finding[] {
	if (obs.kind === 'http') return HEADER_RULES.map((rule) => judgeHeader(obs, rule, base));
	const next = `Run curl -sI ${base}/health and paste its output.`;
	const path = obs.url.startsWith(base) ? obs.url.slice(base.length) || '/' : obs.url;
	return HEADER_RULES.map((rule) => {
		const finding = unseenFinding(obs, `GET ${path}`, rule.key, rule.items, next);
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
