// Hands the app-wide PWA state (online, updates) to pages that need it.
import { getContext, setContext } from 'svelte';
import type { PwaState } from './pwa-state.svelte';

const key = Symbol('pwa');

export function setPwaContext(state: PwaState): PwaState {
	return setContext(key, state);
}

/** The PWA state, or undefined outside the app layout (component tests). */
export function getPwaContext(): PwaState | undefined {
	return getContext<PwaState | undefined>(key);
}
