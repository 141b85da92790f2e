// Runs the live probes of the registry one after another against a target, reporting progress,
// and turns what each observed into findings. Loaded only when the person presses "Run probes".
import type { Observation } from '$lib/evidence/facts';
import type { Finding } from '$lib/evidence/finding';
import { joinUrl } from '$lib/target/target';
import { excerptOf } from './excerpt';
import { observe, type ObserveDeps } from './observe';
import type { Probe, ProbeContext, ProbePlan, ProbeRequest, ProbeResult } from './probe';
import { PROBES, type ProbeId } from './registry';

export type { ProbePlan };

/** One probe's place in the progress list. */
export interface ProbeProgress {
	id: ProbeId;
	title: string;
	state: 'waiting' | 'running' | 'done' | 'cancelled';
	/** e.g. "sample 7 of 20". */
	detail: string;
}

/** One probe's result, ready to be stored as evidence. */
export interface ProbeOutcome {
	id: ProbeId;
	source: `probe:${ProbeId}`;
	findings: Finding[];
	excerpt: string;
	data: Record<string, unknown>;
}

/** Runs the plan; probes not reached before a cancel are reported as cancelled. */
export async function runProbes(
	plan: ProbePlan,
	deps: ObserveDeps & { signal: AbortSignal },
	onProgress: (progress: ProbeProgress[]) => void
): Promise<ProbeOutcome[]> {
	const probes = PROBES.filter((probe) => probe.enabled?.(plan) ?? true);
	const progress = probes.map(({ id, title }): ProbeProgress => ({
		id,
		title,
		state: 'waiting',
		detail: ''
	}));
	const report = (i: number, state: ProbeProgress['state'], detail = '') => {
		progress[i] = { ...progress[i], state, detail };
		onProgress(progress.map((p) => ({ ...p })));
	};
	const request = (path: string, options?: ProbeRequest) =>
		observe(
			joinUrl(plan.base, path),
			{ ...options, timeoutMs: plan.timeoutMs, signal: deps.signal },
			deps
		);
	const answers = new Map<string, Promise<Observation>>();
	const shared = (path: string) => {
		if (!answers.has(path)) answers.set(path, request(path));
		return answers.get(path)!;
	};
	const cancelled = () => deps.signal.aborted;
	const outcomes: ProbeOutcome[] = [];

	for (const [i, probe] of probes.entries()) {
		if (cancelled()) {
			report(i, 'cancelled');
			continue;
		}
		report(i, 'running');
		const progressed = (detail: string) => report(i, 'running', detail);
		const ctx = { plan, cancelled, request, shared, progress: progressed };
		const result = await conclude(probe, ctx);
		if (!result) {
			report(i, 'cancelled');
			continue;
		}
		const { id } = probe;
		const { findings, shown, data } = result;
		outcomes.push({ id, source: `probe:${id}`, findings, excerpt: excerptOf(shown), data });
		report(i, 'done');
	}
	return outcomes;
}

/** What one probe concluded; null when Cancel came first (nothing of it is recorded). */
async function conclude(probe: Probe, ctx: ProbeContext): Promise<ProbeResult | null> {
	const seen = await probe.observe(ctx);
	if (ctx.cancelled() || seen === null) return null;
	return probe.evaluate(seen, ctx.plan);
}
