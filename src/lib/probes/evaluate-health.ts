// Verdicts on GET /health as the browser saw it: a readable answer is judged by
// $lib/evidence/health; anything else says what the browser could not see.
import type { Observation } from '$lib/evidence/facts';
import { ITEMS, type Finding } from '$lib/evidence/finding';
import { judgeHealth } from '$lib/evidence/health';
import { curlNext } from '$lib/evidence/next-steps';
import { unseenFinding } from './describe-failure';

/** Findings on GET /health, and the server's clock minus this browser's when it sent a time. */
export function evaluateHealth(
	obs: Observation,
	base: string
): { findings: Finding[]; clockOffsetMs: number | null } {
	if (obs.kind === 'http') return judgeHealth(obs);
	const next = curlNext(`curl -sS -i ${base}/health`);
	const ok = unseenFinding(obs, 'GET /health', 'health:ok', [ITEMS.healthOk], next);
	const answer = unseenFinding(obs, 'GET /health', 'health:responds', [ITEMS.responds], next);
	if (obs.kind === 'redirect')
		Object.assign(answer, {
			verdict: 'unknown',
			summary:
				'GET /health answered with a redirect whose destination this browser hides, so it is not known whether the app itself responds.',
			next
		});
	return { findings: [ok, answer], clockOffsetMs: null };
}
