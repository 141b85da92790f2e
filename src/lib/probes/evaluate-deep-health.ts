// Verdicts on GET /health/deep as the browser saw it: a readable answer is judged by
// $lib/evidence/deep-health; anything else says what the browser could not see.
import { DEEP_CHECKS, judgeDeepHealth } from '$lib/evidence/deep-health';
import type { Observation } from '$lib/evidence/facts';
import type { Finding } from '$lib/evidence/finding';
import { curlNext } from '$lib/evidence/next-steps';
import { unseenFinding } from './describe-failure';

/** Findings on GET /health/deep: database, Oban and application, plus any other check reported. */
export function evaluateDeepHealth(obs: Observation, base: string): Finding[] {
	const next = curlNext(`curl -sS -i ${base}/health/deep`);
	if (obs.kind === 'http') return judgeDeepHealth(obs, next);
	return DEEP_CHECKS.map((e) =>
		unseenFinding(obs, 'GET /health/deep', `deep:${e.name}`, [e.item], next)
	);
}
