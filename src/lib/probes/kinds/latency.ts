// Sequential samples of GET /health, timed by this browser.
import type { Observation } from '$lib/evidence/facts';
import { ITEMS } from '$lib/evidence/finding';
import { evaluateLatency } from '../evaluate-latency';
import type { Probe } from '../probe';

/** The latency of /health over the plan's samples; its figures feed the latency chart. */
export const latencyProbe: Probe<'latency', Observation[]> = {
	id: 'latency',
	title: 'Latency of /health',
	informs: [ITEMS.latency],
	async observe(ctx) {
		const samples: Observation[] = [];
		for (let i = 0; i < ctx.plan.samples && !ctx.cancelled(); i++) {
			ctx.progress(`sample ${i + 1} of ${ctx.plan.samples}`);
			samples.push(await ctx.request('/health'));
		}
		return samples.length > 0 ? samples : null;
	},
	evaluate(samples, plan) {
		const { finding, durations, stats, phases, serverTiming } = evaluateLatency(samples, plan.base);
		return {
			findings: [finding],
			shown: samples[0],
			data: { durations, stats, phases, serverTiming }
		};
	}
};
