// Parents and their sub-tasks agree: ticking the last open child ticks the parent, unticking a
// child unticks it, and ticking a parent with open children ticks them too (after asking).
// Pure: says which values change; the page asks and saves.
import type { Checklist, Task } from '$lib/checklist/model';
import { allTasks } from '$lib/checklist/walk';
import { notApplicable, type Decisions } from '$lib/record/decisions';
import { onePer } from '$lib/util/per-object';

type Values = Decisions['values'];
type TaskState = Pick<Decisions, 'values' | 'na'>;

/** Each task's parent, by task id (top-level tasks have none). */
export function parentsOf(checklist: Pick<Checklist, 'blocks' | 'sections'>): Map<string, Task> {
	const parents = new Map<string, Task>();
	for (const task of allTasks(checklist))
		for (const child of task.children) parents.set(child.id, task);
	return parents;
}

/** Done or not applicable. */
function settled(task: Task, d: TaskState): boolean {
	return d.values[task.id] === true || notApplicable(d, task.id) !== null;
}

/** The children of `task`, at any depth, that are neither done nor not applicable. */
export function openDescendants(task: Task, d: TaskState): Task[] {
	return task.children.flatMap((c) => [...(settled(c, d) ? [] : [c]), ...openDescendants(c, d)]);
}

/**
 * The value changes a tick (or untick) of `task` makes: the task itself, then its ancestors as
 * their children now say. Ticking a parent with open children is the page's question to ask
 * first (see openDescendants); `withChildren` ticks them too.
 */
export function tickChanges(
	task: Task,
	checked: boolean,
	d: TaskState,
	parents: ReadonlyMap<string, Task>,
	withChildren = false
): [id: string, value: boolean][] {
	const changes: [string, boolean][] = [[task.id, checked]];
	if (checked && withChildren)
		for (const child of openDescendants(task, d)) changes.push([child.id, true]);
	const after: Values = { ...d.values, ...Object.fromEntries(changes) };
	const state = { values: after, na: d.na };
	for (let parent = parents.get(task.id); parent; parent = parents.get(parent.id)) {
		const all = parent.children.every((c) => settled(c, state));
		if (all && after[parent.id] !== true) changes.push([parent.id, (after[parent.id] = true)]);
		else if (!all && after[parent.id] === true)
			changes.push([parent.id, (after[parent.id] = false)]);
		else break;
	}
	return changes;
}

/** Each task's parent for one checklist, worked out once per checklist. */
export const taskTree = onePer((checklist: Checklist) => parentsOf(checklist));
