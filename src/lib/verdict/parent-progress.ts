// How far a parent task is, counted over its direct children, as the page, the PDF and the
// Markdown report show it ("2/3"): a child counts when ticked, not applicable, or (a parent
// itself) when all its own children count.
import type { Task } from '$lib/checklist/model';
import { notApplicable, type Decisions } from '$lib/record/decisions';

/** What a task's state is read from: item values and not-applicable marks. */
export type TaskDecisions = Readonly<Pick<Decisions, 'values' | 'na'>>;

/** Whether a task is resolved: ticked, not applicable, or all its children resolved. */
export function taskResolved(task: Task, d: TaskDecisions): boolean {
	if (d.values[task.id] === true || notApplicable(d, task.id)) return true;
	return task.children.length > 0 && task.children.every((c) => taskResolved(c, d));
}

/** Resolved children out of all, for a parent task; null for a task without children. */
export function parentProgress(
	task: Task,
	d: TaskDecisions
): { done: number; total: number } | null {
	if (!task.children.length) return null;
	const done = task.children.filter((c) => taskResolved(c, d)).length;
	return { done, total: task.children.length };
}
