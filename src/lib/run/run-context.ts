// Hands the open deployment's state to the components that render its checklist.
import { getContext, setContext } from 'svelte';
import type { RunState } from './run-state.svelte';

const key = Symbol('run');

export function setRunContext(state: RunState): RunState {
	return setContext(key, state);
}

export function getRunContext(): RunState {
	const state = getContext<RunState | undefined>(key);
	if (!state) throw new Error('getRunContext() called outside a deployment page');
	return state;
}
