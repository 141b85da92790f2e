// GET /health/deep: each dependency check the server reports.
import { DEEP_CHECKS } from '$lib/evidence/deep-health';
import type { Observation } from '$lib/evidence/facts';
import { evaluateDeepHealth } from '../evaluate-deep-health';
import type { Probe } from '../probe';

/** The deep health check: database, Oban, application and any other check reported. */
export const deepHealthProbe: Probe<'deep', Observation> = {
	id: 'deep',
	title: 'Deep health (GET /health/deep)',
	informs: DEEP_CHECKS.map((check) => check.item),
	observe: (ctx) => ctx.request('/health/deep'),
	evaluate: (seen, plan) => ({
		findings: evaluateDeepHealth(seen, plan.base),
		shown: seen,
		data: {}
	})
};
