// Date helpers that use the person's local calendar, not UTC.

/** The local date (today, or of a time in ms) as YYYY-MM-DD, the value of an `<input type="date">`. */
export function localDate(at: Date | number = new Date()): string {
	const now = typeof at === 'number' ? new Date(at) : at;
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

// Creating a formatter costs far more than formatting (a list of 1,000 deployments spent
// ~130 ms on it), so each is made once per locale.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(
	locale: string | undefined,
	options: Intl.DateTimeFormatOptions
): Intl.DateTimeFormat {
	const key = `${locale ?? ''}|${JSON.stringify(options)}`;
	let f = formatters.get(key);
	if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(locale, options)));
	return f;
}

/** A short local date and time, e.g. "26 Nov 2026, 14:32". */
export function formatDateTime(ms: number, locale?: string): string {
	return formatter(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}

/**
 * A local date and time with its offset from UTC, e.g. "2026-12-03 07:26 UTC+01:00": the form
 * reports use, so a reader in another time zone knows exactly when.
 */
export function formatWithZone(ms: number): string {
	const at = new Date(ms);
	if (!Number.isFinite(at.getTime())) return 'an unknown time';
	const pad = (n: number) => String(n).padStart(2, '0');
	const offset = -at.getTimezoneOffset();
	const sign = offset < 0 ? '-' : '+';
	const zone = `UTC${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
	return `${localDate(at)} ${pad(at.getHours())}:${pad(at.getMinutes())} ${zone}`;
}
