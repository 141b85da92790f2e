// One "Run probes" at a time: options, progress, cancel, and storing what was found.
import type { ProbeProgress } from './run-probes';
import { newBatchId } from '$lib/evidence/batch-id';
import type { DeploymentState } from '$lib/deployment/deployment-state.svelte';

export class ProbeSession {
	running = $state(false);
	progress = $state.raw<ProbeProgress[]>([]);
	message = $state('');
	samples = $state(20);
	timeoutSeconds = $state(10);
	rateLimitOn = $state(false);
	rateLimitAttempts = $state(10);
	#controller: AbortController | null = null;

	constructor(private deployment: DeploymentState) {}

	/** Runs every probe against `base` and stores the findings as evidence. */
	async start(base: string): Promise<void> {
		if (this.running) return;
		this.running = true;
		this.message = '';
		const controller = (this.#controller = new AbortController());
		try {
			const { runProbes } = await import('./run-probes');
			performance.setResourceTimingBufferSize?.(5000);
			const outcomes = await runProbes(
				{
					base,
					samples: clamp(Math.round(this.samples), 5, 100),
					timeoutMs: clamp(this.timeoutSeconds, 1, 120) * 1000,
					rateLimitAttempts: this.rateLimitOn ? clamp(Math.round(this.rateLimitAttempts), 1, 50) : 0
				},
				{
					fetch: fetch.bind(globalThis),
					performance,
					pageProtocol: location.protocol,
					now: () => Date.now(),
					signal: controller.signal
				},
				(progress) => (this.progress = progress)
			);
			if (outcomes.length === 0) {
				this.message = 'Cancelled before any probe finished; nothing was recorded.';
				return;
			}
			const error = await this.deployment.recordEvidence(newBatchId(), outcomes);
			const cancelled = controller.signal.aborted
				? ' Cancelled: the probes that finished were recorded.'
				: '';
			this.message = error || `Probes finished.${cancelled}`;
		} catch (error) {
			this.message = `The probes could not run: ${error instanceof Error ? error.message : error}`;
		} finally {
			this.running = false;
			this.#controller = null;
		}
	}

	cancel(): void {
		this.#controller?.abort();
	}
}

function clamp(value: number, min: number, max: number): number {
	return Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : min;
}
