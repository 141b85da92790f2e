// What a live probe is: one module in kinds/, listed once in registry.ts. It names itself and the
// tasks it informs, makes its requests through the context the runner hands it, and leaves the
// verdicts to a pure evaluator; run-probes.ts does the rest (progress, Cancel, excerpts).
import type { Observation } from '$lib/evidence/facts';
import type { Finding } from '$lib/evidence/finding';
import type { ObserveOptions } from './observe';

/** What to run. */
export interface ProbePlan {
	base: string;
	/** Latency samples, 5–100. */
	samples: number;
	timeoutMs: number;
	/** Login attempts to send for the opt-in rate-limit burst; 0 = off. */
	rateLimitAttempts: number;
}

/** How to send a request other than a plain GET. */
export type ProbeRequest = Pick<ObserveOptions, 'method' | 'body' | 'contentType'>;

/** What a probe observes with; every request keeps the plan's time limit and obeys Cancel. */
export interface ProbeContext {
	plan: ProbePlan;
	/** True once the person pressed Cancel: make no further request. */
	cancelled(): boolean;
	/** Requests `path` under the target and returns what the browser let the page see. */
	request(path: string, options?: ProbeRequest): Promise<Observation>;
	/** The first answer to GET `path` in this run, requested once and shared by the probes. */
	shared(path: string): Promise<Observation>;
	/** Says how far the probe has got, e.g. "sample 7 of 20". */
	progress(detail: string): void;
}

/** What a probe concluded from what it saw. */
export interface ProbeResult {
	findings: Finding[];
	/** The observation its evidence quotes (the excerpt). */
	shown: Observation;
	/** Figures stored with its evidence: clock offset, samples, statuses … */
	data: Record<string, unknown>;
}

/** One live probe; `Seen` is what its requests gathered. */
export interface Probe<Id extends string = string, Seen = unknown> {
	/** Names its evidence source, `probe:<id>`. */
	id: Id;
	/** Its name in the progress list and over its results. */
	title: string;
	/** The checklist tasks its findings may inform, by task text. */
	informs: readonly string[];
	/** Only for an opt-in probe: whether this plan asks for it. Without it, the probe always runs. */
	enabled?(plan: ProbePlan): boolean;
	/** Makes its requests, stopping at Cancel; null when nothing was seen. */
	observe(ctx: ProbeContext): Promise<Seen | null>;
	/** Turns what was seen into findings; pure. */
	evaluate(seen: Seen, plan: ProbePlan): ProbeResult;
}
