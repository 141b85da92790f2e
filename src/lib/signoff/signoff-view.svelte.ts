// The open deployment's sign-off table: its roles and cells, and who has still to sign.
import type { DeploymentState } from '$lib/deployment/deployment-state.svelte';
import { onePer } from '$lib/util/per-object';
import { signoffRows, unsignedRoles } from './signatures';

class SignoffView {
	#deployment: DeploymentState;
	/** The sign-off table's roles and their cells. */
	rows = $derived.by(() => (this.#deployment.model ? signoffRows(this.#deployment.model) : []));
	/** Roles still missing something before the deployment can be signed off. */
	unsigned = $derived.by(() => unsignedRoles(this.rows, this.#deployment.values));

	constructor(deployment: DeploymentState) {
		this.#deployment = deployment;
	}
}

/** The sign-off view of a deployment (one per deployment, shared). */
export const signoffView = onePer((deployment: DeploymentState) => new SignoffView(deployment));
