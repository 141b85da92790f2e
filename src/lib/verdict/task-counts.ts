// Progress in words a release engineer reads: "80 done · 3 n/a · 21 open".
import type { Checklist } from '$lib/checklist/model';
import { allTasks } from '$lib/checklist/walk';
import { notApplicable } from '$lib/record/decisions';
import type { TaskDecisions } from './parent-progress';

/** Tasks done, not applicable and open, out of all. */
export interface TaskCounts {
	done: number;
	na: number;
	open: number;
	total: number;
}

/** Counts the tasks of a checklist (or of some of its task ids) by state. */
export function taskCounts(
	checklist: Pick<Checklist, 'blocks' | 'sections'>,
	d: TaskDecisions,
	only?: readonly string[]
): TaskCounts {
	const ids = only ?? allTasks(checklist).map((t) => t.id);
	let done = 0;
	let na = 0;
	for (const id of ids) {
		if (d.values[id] === true) done++;
		else if (notApplicable(d, id)) na++;
	}
	return { done, na, open: ids.length - done - na, total: ids.length };
}

/** "80 done · 3 n/a · 21 open" (the n/a part only when there are any). */
export function countsInWords({ done, na, open }: TaskCounts): string {
	return [`${done} done`, na ? `${na} n/a` : '', `${open} open`].filter(Boolean).join(' · ');
}
