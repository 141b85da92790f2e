// Date helpers that use the person's local calendar, not UTC.

/** The local date (today, or of a time in ms) as YYYY-MM-DD, the value of an `<input type="date">`. */
export function localDate(at: Date | number = new Date()): string {
	const now = typeof at === 'number' ? new Date(at) : at;
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A short local date and time, e.g. "26 Nov 2026, 14:32". */
export function formatDateTime(ms: number, locale?: string): string {
	return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}

/** A short local time, e.g. "14:32". */
export function formatTime(ms: number, locale?: string): string {
	return new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(ms);
}
