// GET /health: its status and body, and the server's clock against this browser's.
import type { Observation } from '$lib/evidence/facts';
import { ITEMS } from '$lib/evidence/finding';
import { evaluateHealth } from '../evaluate-health';
import type { Probe } from '../probe';

/** The health check; its answer is shared with the headers probe. */
export const healthProbe: Probe<'health', Observation> = {
	id: 'health',
	title: 'Health (GET /health)',
	informs: [ITEMS.healthOk, ITEMS.responds],
	observe: (ctx) => ctx.shared('/health'),
	evaluate(seen, plan) {
		const { findings, clockOffsetMs } = evaluateHealth(seen, plan.base);
		return { findings, shown: seen, data: { clockOffsetMs } };
	}
};
