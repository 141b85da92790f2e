// "Tick all that passed": the tasks whose newest evidence passed but are not ticked yet.
import type { DeploymentState } from '$lib/deployment/deployment-state.svelte';
import { onePer } from '$lib/util/per-object';

class PassedTicks {
	#deployment: DeploymentState;
	/** Items whose newest evidence passed but which are not ticked yet. */
	unticked = $derived.by(() =>
		[...this.#deployment.latestEvidence]
			.filter(([id, e]) => e.verdict === 'pass' && this.#deployment.values[id] !== true)
			.map(([id]) => id)
	);

	constructor(deployment: DeploymentState) {
		this.#deployment = deployment;
	}

	/** Ticks every item whose newest evidence passed; returns the ids it ticked. */
	tickAll(): string[] {
		const ids = this.unticked;
		for (const id of ids) this.#deployment.set(id, true);
		return ids;
	}

	/** Takes back a tickAll: those tasks are open again. */
	untick(ids: readonly string[]): void {
		for (const id of ids) this.#deployment.set(id, false);
	}
}

/** The passed-but-unticked view of a deployment (one per deployment, shared). */
export const passedTicks = onePer((deployment: DeploymentState) => new PassedTicks(deployment));
