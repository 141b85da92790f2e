// Record ids: random for runs and templates, content-derived for snapshots.
import { contentHash } from '$lib/util/hash';

/** A random id; falls back to getRandomValues where randomUUID is missing (plain-http LAN hosts). */
export function newId(): string {
	if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
	const bytes = crypto.getRandomValues(new Uint8Array(16));
	return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The snapshot id for a template text: equal texts share one snapshot. */
export function snapshotIdFor(source: string): string {
	return `snap-${contentHash(source)}`;
}
