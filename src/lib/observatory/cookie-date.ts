// The Expires date of a cookie, read as tough-cookie reads it (its parseDate, after RFC 6265
// §5.1.1): the first time, day, month and year tokens found, in any order.

// eslint-disable-next-line no-control-regex
const DATE_DELIM = /[\x09\x20-\x2F\x3B-\x40\x5B-\x60\x7B-\x7E]/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function digits(token: string, min: number, max: number, trailingOK: boolean): number | undefined {
	let count = 0;
	while (count < token.length) {
		const c = token.charCodeAt(count);
		if (c <= 0x2f || c >= 0x3a) break;
		count += 1;
	}
	if (count < min || count > max || (!trailingOK && count !== token.length)) return undefined;
	return Number.parseInt(token.slice(0, count), 10);
}

function time(token: string): number[] | undefined {
	const parts = token.split(':');
	if (parts.length !== 3) return undefined;
	const result: number[] = [];
	for (let i = 0; i < 3; i += 1) {
		const n = digits(parts[i], 1, 2, i === 2);
		if (n === undefined) return undefined;
		result.push(n);
	}
	return result;
}

/** The date, or undefined when the value is no cookie date. */
export function parseCookieDate(value: string): Date | undefined {
	if (!value) return undefined;
	let clock: number[] | undefined;
	let day: number | undefined;
	let month: number | undefined;
	let year: number | undefined;
	for (const raw of value.split(DATE_DELIM)) {
		const token = raw.trim();
		if (!token.length) continue;
		if (clock === undefined && (clock = time(token))) continue;
		if (day === undefined && (day = digits(token, 1, 2, true)) !== undefined) continue;
		if (month === undefined) {
			const m = MONTHS.indexOf(token.slice(0, 3).toLowerCase());
			if (m >= 0) {
				month = m;
				continue;
			}
		}
		if (year === undefined) {
			year = digits(token, 2, 4, true);
			if (year !== undefined && year >= 70 && year <= 99) year += 1900;
			else if (year !== undefined && year >= 0 && year <= 69) year += 2000;
		}
	}
	if (clock === undefined || day === undefined || month === undefined || year === undefined) {
		return undefined;
	}
	const [hour, minute, second] = clock;
	if (day < 1 || day > 31 || year < 1601 || hour > 23 || minute > 59 || second > 59)
		return undefined;
	return new Date(Date.UTC(year, month, day, hour, minute, second));
}
