// Calendar arithmetic on YYYY-MM-DD dates, with no time zones: a date is read as a UTC
// midnight and only whole days and months are added to it, so a due date is the same wherever
// the page is opened.

/** Milliseconds in a day. */
const DAY = 86_400_000;

/** Milliseconds of a valid YYYY-MM-DD date at UTC midnight, or null. */
function parseDate(date: string): number | null {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
	if (!match) return null;
	const [y, m, d] = match.slice(1).map(Number);
	const ms = Date.UTC(y, m - 1, d);
	const back = new Date(ms);
	const same = back.getUTCFullYear() === y && back.getUTCMonth() === m - 1;
	return same && back.getUTCDate() === d ? ms : null;
}

/** A UTC midnight as YYYY-MM-DD. */
function formatDate(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}

/** Milliseconds of a YYYY-MM-DD date, refusing anything that is not a calendar date. */
function requireDate(date: string): number {
	const ms = parseDate(date);
	if (ms === null) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
	return ms;
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isCalendarDate(date: string): boolean {
	return parseDate(date) !== null;
}

/** The date `days` days after `date`. */
export function addDays(date: string, days: number): string {
	return formatDate(requireDate(date) + days * DAY);
}

/** The same day `months` months later, clamped to that month's last day (Jan 31 → Feb 28/29). */
export function addMonths(date: string, months: number): string {
	const start = new Date(requireDate(date));
	const y = start.getUTCFullYear();
	const m = start.getUTCMonth() + months;
	const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
	return formatDate(Date.UTC(y, m, Math.min(start.getUTCDate(), last)));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
	return Math.round((requireDate(to) - requireDate(from)) / DAY);
}
