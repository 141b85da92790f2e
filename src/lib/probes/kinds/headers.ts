// The security headers on the answer to GET /health, as far as CORS lets this page see them.
import type { Observation } from '$lib/evidence/facts';
import { HEADER_RULES } from '$lib/evidence/header-rules';
import { evaluateHeaders } from '../evaluate-headers';
import type { Probe } from '../probe';

/** The headers of the health check's answer: no request of its own when that ran first. */
export const headersProbe: Probe<'headers', Observation> = {
	id: 'headers',
	title: 'Security headers (seen on /health)',
	informs: HEADER_RULES.flatMap((rule) => rule.items),
	observe: (ctx) => ctx.shared('/health'),
	evaluate: (seen, plan) => ({
		findings: evaluateHeaders(seen, plan.base),
		shown: seen,
		data: { headers: seen.kind === 'http' ? seen.headers : {} }
	})
};
