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

	/** Ticks every item whose newest evidence passed. */
	tickAll(): void {
		for (const id of this.unticked) this.#deployment.set(id, true);
	}
}

/** The passed-but-unticked view of a deployment (one per deployment, shared). */
export const passedTicks = onePer((deployment: DeploymentState) => new PassedTicks(deployment));
