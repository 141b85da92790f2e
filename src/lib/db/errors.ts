// Turns storage failures into sentences a person can act on.

/** Why a run cannot be changed. */
export class ReadOnlyError extends Error {
	constructor() {
		super('This deployment is signed off and read-only. Reopen it to make changes.');
		this.name = 'ReadOnlyError';
	}
}

/** The error and the errors it wraps (Dexie puts the cause in `inner`). */
function chain(error: unknown): { name?: unknown; message?: unknown }[] {
	const found: { name?: unknown; message?: unknown }[] = [];
	let e: unknown = error;
	for (let depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
		found.push(e as { name?: unknown; message?: unknown });
		e = (e as { inner?: unknown }).inner;
	}
	return found;
}

function names(error: unknown): string[] {
	return chain(error).flatMap((e) => (typeof e.name === 'string' ? [e.name] : []));
}

/** True when the browser refused a write because the site's storage is full. */
export function isQuotaError(error: unknown): boolean {
	return names(error).includes('QuotaExceededError');
}

/** A clear message for a failed storage operation. */
export function describeStorageError(error: unknown): string {
	const all = names(error);
	if (error instanceof ReadOnlyError) return error.message;
	const newer = chain(error).find((e) => e.name === 'NewerDataError');
	if (newer && typeof newer.message === 'string') return newer.message;
	if (all.includes('QuotaExceededError'))
		return 'The browser’s storage for this site is full, so the change was not saved yet. Free some space (delete old deployments or other site data); Shipshape keeps retrying.';
	if (all.includes('VersionError'))
		return 'This browser holds Shipshape data from a newer version of the app. Reload to get the newer version; this older one will not touch the data.';
	if (all.includes('MissingAPIError') || all.includes('InvalidStateError'))
		return 'This browser does not let the page store data (private browsing or disabled site data?). Changes cannot be kept.';
	if (all.includes('DatabaseClosedError'))
		return 'The connection to the browser’s storage was closed. Reload the page to keep working.';
	const message = error instanceof Error ? error.message : String(error);
	return `The change could not be saved: ${message}`;
}
