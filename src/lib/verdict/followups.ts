// Post-deployment follow-ups: sections titled like "(First Week)" become tasks due a period
// after the deployment date. Pure calendar arithmetic on YYYY-MM-DD dates, with no time zones:
// a date is read as a UTC midnight and only whole days and months are added to it.
import type { Checklist, Section } from '$lib/checklist/model';
import { allTasks, headerFields } from '$lib/checklist/walk';

/** One follow-up section with its due date and tasks. */
export interface FollowUp {
	sectionId: string;
	/** The section's title as written, e.g. "Post-Deployment Tasks (First Week)". */
	title: string;
	/** The period in words, e.g. "First week", "First 24 hours". */
	period: string;
	/** YYYY-MM-DD */
	due: string;
	tasks: { id: string; text: string; done: boolean }[];
	open: number;
}

/** A length of time after the deployment. */
export interface Period {
	count: number;
	unit: 'hour' | 'day' | 'week' | 'month';
}

const DAY = 86_400_000;
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

function formatDate(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}

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

/** The date a period ends: hours round up to whole days, a week is 7 days, a month clamps. */
export function addPeriod(date: string, { count, unit }: Period): string {
	if (unit === 'month') return addMonths(date, count);
	const days = unit === 'hour' ? Math.ceil(count / 24) : unit === 'week' ? count * 7 : count;
	return addDays(date, days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
	return Math.round((requireDate(to) - requireDate(from)) / DAY);
}

/** The deployment date: the first header date field's value, else `fallbackDate`. */
export function deploymentDate(
	model: Checklist,
	values: Record<string, unknown>,
	fallbackDate: string
): string {
	const field = headerFields(model).find((f) => f.input === 'date');
	const value = field ? values[field.id] : undefined;
	return typeof value === 'string' && isCalendarDate(value.trim()) ? value.trim() : fallbackDate;
}

/** The follow-up sections of a checklist, in document order, with due dates and progress. */
export function followUps(
	model: Checklist,
	values: Record<string, unknown>,
	fallbackDate: string
): FollowUp[] {
	const start = deploymentDate(model, values, fallbackDate);
	const found: FollowUp[] = [];
	const visit = (sections: Section[]) => {
		for (const section of sections) {
			const period = parsePeriod(section.title);
			if (!period) {
				visit(section.sections);
				continue;
			}
			// A nested section with its own period is its own follow-up, not part of this one.
			const own = section.sections.filter((s) => !parsePeriod(s.title));
			const tasks = allTasks({ blocks: section.blocks, sections: own }).map((t) => ({
				id: t.id,
				text: t.text,
				done: values[t.id] === true
			}));
			if (tasks.length)
				found.push({
					sectionId: section.id,
					title: section.title,
					period: periodLabel(period),
					due: addPeriod(start, period),
					tasks,
					open: tasks.filter((t) => !t.done).length
				});
			visit(section.sections.filter((s) => parsePeriod(s.title)));
		}
	};
	visit(model.sections);
	return found;
}

/** Each due status in words, as the deployment page and the home page show it. */
export const DUE_WORDS: Readonly<Record<ReturnType<typeof dueStatus>, string>> = {
	overdue: 'Overdue',
	'due-today': 'Due today',
	'due-soon': 'Due soon',
	later: 'Due'
};

/** How close a due date is: overdue, due today, due within 2 days, or later. */
export function dueStatus(
	due: string,
	today: string
): 'overdue' | 'due-today' | 'due-soon' | 'later' {
	const days = daysBetween(today, due);
	if (days < 0) return 'overdue';
	if (days === 0) return 'due-today';
	return days <= 2 ? 'due-soon' : 'later';
}
