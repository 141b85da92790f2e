// The path the app is served under: '' at a host's root, '/repo-name' on GitHub Pages (BASE_PATH).
// SvelteKit 3 no longer exports `base`; its resolve('/') is that path with a slash after it.
import { resolve } from '$app/paths';

/** The base path without a trailing slash ('' at the root). */
export function appBase(): string {
	return resolve('/').replace(/\/$/, '');
}
