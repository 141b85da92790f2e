// Small preferences in localStorage. Failures (private mode, full storage, disabled site data)
// are absorbed: a preference that cannot be kept is simply forgotten.

/** Reads a JSON value, or `fallback` when missing or unreadable. */
export function readPref<T>(key: string, fallback: T): T {
	try {
		const raw = localStorage.getItem(`shipshape:${key}`);
		return raw === null ? fallback : (JSON.parse(raw) as T);
	} catch {
		return fallback;
	}
}

/** Writes a JSON value; returns false when the browser refused. */
export function writePref(key: string, value: unknown): boolean {
	try {
		localStorage.setItem(`shipshape:${key}`, JSON.stringify(value));
		return true;
	} catch {
		return false;
	}
}
