// Runs the live probes one after another against a target, reporting progress, and turns what
// was observed into findings. Loaded only when the person presses "Run probes".
import { evaluateDeepHealth } from './evaluate-deep-health';
import { evaluateHeaders } from './evaluate-headers';
import { evaluateHealth } from './evaluate-health';
import { evaluateLatency } from './evaluate-latency';
import { evaluatePage } from './evaluate-page';
import { excerptOf } from './excerpt';
import type { Observation } from '$lib/evidence/facts';
import type { Finding } from '$lib/evidence/finding';
import { statusLoop } from '$lib/evidence/next-steps';
import { judgeRateLimit } from '$lib/evidence/rate-limit';
import { observe, type ObserveDeps } from './observe';
import { joinUrl } from '$lib/target/target';
import { PROBE_TITLES, type ProbeId } from './titles';

/** What to run. */
export interface ProbePlan {
	base: string;
	/** Latency samples, 5–100. */
	samples: number;
	timeoutMs: number;
	/** Login attempts to send for the opt-in rate-limit burst; 0 = off. */
	rateLimitAttempts: number;
}

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

/** The login body the checklist's rate-limit command sends. */
const LOGIN_BODY = '{"user":{"email":"test@test.com","password":"wrong"}}';

/** Runs the plan; probes not reached before a cancel are reported as cancelled. */
export async function runProbes(
	plan: ProbePlan,
	deps: ObserveDeps & { signal: AbortSignal },
	onProgress: (progress: ProbeProgress[]) => void
): Promise<ProbeOutcome[]> {
	const ids: ProbeId[] = ['health', 'headers', 'deep', 'page', 'latency'];
	if (plan.rateLimitAttempts > 0) ids.push('ratelimit');
	const progress = ids.map(
		(id) => ({ id, title: PROBE_TITLES[id], state: 'waiting', detail: '' }) as ProbeProgress
	);
	const report = (id: ProbeId, state: ProbeProgress['state'], detail = '') => {
		const p = progress.find((x) => x.id === id)!;
		p.state = state;
		p.detail = detail;
		onProgress(progress.map((x) => ({ ...x })));
	};
	const get = (path: string) =>
		observe(joinUrl(plan.base, path), { timeoutMs: plan.timeoutMs, signal: deps.signal }, deps);
	const outcomes: ProbeOutcome[] = [];
	let health: Observation | null = null;

	for (const id of ids) {
		if (deps.signal.aborted) {
			report(id, 'cancelled');
			continue;
		}
		report(id, 'running');
		if (id === 'health') {
			health = await get('/health');
			if (deps.signal.aborted) {
				report(id, 'cancelled');
				continue;
			}
			const { findings, clockOffsetMs } = evaluateHealth(health, plan.base);
			outcomes.push(outcome(id, findings, health, { clockOffsetMs }));
		} else if (id === 'headers' && health) {
			const visible = health.kind === 'http' ? health.headers : {};
			outcomes.push(outcome(id, evaluateHeaders(health, plan.base), health, { headers: visible }));
		} else if (id === 'deep') {
			const deep = await get('/health/deep');
			if (!deps.signal.aborted)
				outcomes.push(outcome(id, evaluateDeepHealth(deep, plan.base), deep, {}));
		} else if (id === 'page') {
			const page = await get('/');
			if (!deps.signal.aborted) outcomes.push(outcome(id, evaluatePage(page, plan.base), page, {}));
		} else if (id === 'latency') {
			const samples: Observation[] = [];
			for (let i = 0; i < plan.samples && !deps.signal.aborted; i++) {
				report(id, 'running', `sample ${i + 1} of ${plan.samples}`);
				samples.push(await get('/health'));
			}
			if (deps.signal.aborted) {
				report(id, 'cancelled');
				continue;
			}
			const result = evaluateLatency(samples, plan.base);
			const data = {
				durations: result.durations,
				stats: result.stats,
				phases: result.phases,
				serverTiming: result.serverTiming
			};
			outcomes.push(outcome(id, [result.finding], samples[0], data));
		} else if (id === 'ratelimit') {
			const statuses: (number | null)[] = [];
			let last: Observation | null = null;
			for (let i = 0; i < plan.rateLimitAttempts && !deps.signal.aborted; i++) {
				report(id, 'running', `attempt ${i + 1} of ${plan.rateLimitAttempts}`);
				last = await observe(
					joinUrl(plan.base, '/users/log_in'),
					{
						method: 'POST',
						body: LOGIN_BODY,
						contentType: 'application/json',
						timeoutMs: plan.timeoutMs,
						signal: deps.signal
					},
					deps
				);
				statuses.push(last.kind === 'http' ? last.status : null);
			}
			if (deps.signal.aborted || !last) {
				report(id, 'cancelled');
				continue;
			}
			const command = rateLimitCommand(plan.base, plan.rateLimitAttempts);
			outcomes.push(outcome(id, judgeRateLimit(statuses, 5, command), last, { statuses }));
		}
		report(id, deps.signal.aborted ? 'cancelled' : 'done');
	}
	return outcomes;
}

function outcome(
	id: ProbeId,
	findings: Finding[],
	seen: Observation,
	data: Record<string, unknown>
): ProbeOutcome {
	return { id, source: `probe:${id}`, findings, excerpt: excerptOf(seen), data };
}

/** The readable rate-limit loop: one status code per line. */
function rateLimitCommand(base: string, attempts: number): string {
	const url = joinUrl(base, '/users/log_in');
	return statusLoop(url, attempts, '"Content-Type: application/json"', `'${LOGIN_BODY}'`);
}
