// The secret scanner (≈ 2 kB gzip) loads the first time a value could hold a secret, and is
// shared from then on. Until it has loaded, nothing is shown as clean: callers show no warning
// (a value too short to scan yet) or no text (a pasted output waiting to be redacted).
import type * as Checks from './checks';

let loaded = $state.raw<typeof Checks | null>(null);
let loading: Promise<typeof Checks> | null = null;

/** Starts loading the scanner (once); a failed load is tried again on the next call. */
export function loadSecretChecks(): Promise<typeof Checks> {
	loading ??= import('./checks').then(
		(m) => (loaded = m),
		(error: unknown) => {
			loading = null;
			throw error;
		}
	);
	return loading;
}

/** The scanner once loaded (reactive: reading it in a $derived updates when it arrives). */
export function secretChecks(): typeof Checks | null {
	return loaded;
}
