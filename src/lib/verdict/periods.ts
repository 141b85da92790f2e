// Follow-up periods: "(First Week)" or "first 24 hours" in a section title, read, put in words,
// and added to the deployment date.
import { addDays, addMonths } from './calendar';

/** A length of time after the deployment. */
export interface Period {
	count: number;
	unit: 'hour' | 'day' | 'week' | 'month';
}

const WORDS: Record<string, number> = {
	a: 1,
	an: 1,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12
};
const PERIOD = /\bfirst\s+(?:(\d{1,3}|[a-z]+)[\s-]+)?(hour|day|week|month)s?\b/i;

/** Reads a period such as "First 24 Hours" or "first 2 weeks" from a title, or null. */
export function parsePeriod(title: string): Period | null {
	const match = PERIOD.exec(title);
	if (!match) return null;
	const [, amount, unit] = match;
	const count =
		amount === undefined ? 1 : /^\d/.test(amount) ? Number(amount) : WORDS[amount.toLowerCase()];
	if (!count) return null;
	return { count, unit: unit.toLowerCase() as Period['unit'] };
}

/** The period in words, e.g. "First week", "First 3 days". */
export function periodLabel({ count, unit }: Period): string {
	return count === 1 && unit !== 'hour' ? `First ${unit}` : `First ${count} ${unit}s`;
}

/** The date a period ends: hours round up to whole days, a week is 7 days, a month clamps. */
export function addPeriod(date: string, { count, unit }: Period): string {
	if (unit === 'month') return addMonths(date, count);
	const days = unit === 'hour' ? Math.ceil(count / 24) : unit === 'week' ? count * 7 : count;
	return addDays(date, days);
}
