// Post-deployment follow-ups: sections titled like "(First Week)" become tasks due a period
// after the deployment date (periods.ts; the dates are calendar.ts's, with no time zones).
import type { Checklist, Section } from '$lib/checklist/model';
import { allTasks, headerFields } from '$lib/checklist/walk';
import { daysBetween, isCalendarDate } from './calendar';
import { addPeriod, parsePeriod, periodLabel } from './periods';

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
