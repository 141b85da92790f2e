// Hands the open deployment's state to the components that render its checklist.
import { getContext, setContext } from 'svelte';
import type { DeploymentState } from './deployment-state.svelte';

const key = Symbol('deployment');

export function setDeploymentContext(state: DeploymentState): DeploymentState {
	return setContext(key, state);
}

export function getDeploymentContext(): DeploymentState {
	const state = getContext<DeploymentState | undefined>(key);
	if (!state) throw new Error('getDeploymentContext() called outside a deployment page');
	return state;
}
