// The open deployment's command values: which variables its commands use, what each is filled
// with, and the section where the timing commands are offered.
import type { DeploymentState } from '$lib/deployment/deployment-state.svelte';
import { sectionOfTask } from '$lib/deployment/section-tasks';
import { ITEMS } from '$lib/evidence/finding';
import { onePer } from '$lib/util/per-object';
import { variableValues } from './substitute';
import { variablesOf } from './variables';

class CommandView {
	#deployment: DeploymentState;
	/** The variables the checklist's commands use. */
	variables = $derived.by(() =>
		this.#deployment.model ? variablesOf(this.#deployment.model) : []
	);
	/** Each variable's value, or null when not filled in. */
	values = $derived.by(() => {
		const target = this.#deployment.targetInfo;
		return variableValues(this.variables, this.#deployment.vars, target?.ok ? target : null);
	});
	/** The section holding the performance items, where timing commands are offered. */
	timingSection = $derived.by(() => {
		const model = this.#deployment.model;
		return model ? sectionOfTask(model, [ITEMS.pageLoad, ITEMS.latency]) : null;
	});

	constructor(deployment: DeploymentState) {
		this.#deployment = deployment;
	}
}

/** The command view of a deployment (one per deployment, shared). */
export const commandView = onePer((deployment: DeploymentState) => new CommandView(deployment));
