// The exceptions that stand between a deployment and its release: a gate task neither done nor
// not applicable, a task whose newest evidence failed, an unrated category, a score below the
// pass mark and an empty header field. Each has a stable key, so a waiver stays with it.
import type { Checklist } from '$lib/checklist/model';
import { score } from '$lib/checklist/scoring';
import { headerFields } from '$lib/checklist/walk';
import { releaseGate } from './gate';
import { taskResolved as resolved, type TaskDecisions } from './parent-progress';

export type ExceptionKind = 'open' | 'failing' | 'unrated' | 'score' | 'field';

/** One thing that keeps the release from being ready. */
export interface Exception {
	/** Stable across sessions: `open:<task id>`, `failing:<task id>`, `unrated:<rating id>`, `score`, `field:<field id>`. */
	key: string;
	kind: ExceptionKind;
	/** The task, rating or field it is about, for a link to it; null for the score. */
	itemId: string | null;
	/** What it is about, in words: the task's text, the category, the field's label. */
	title: string;
	/** Why it is an exception, in words. */
	detail: string;
}

/** The newest evidence that failed or errored, by item id. */
export type Failing = ReadonlyMap<string, { verdict: 'fail' | 'error'; summary: string }>;

/** Every exception of a deployment, in the order a reviewer reads them. */
export function exceptions(checklist: Checklist, d: TaskDecisions, failing: Failing): Exception[] {
	const { values } = d;
	const list: Exception[] = [];
	for (const field of headerFields(checklist)) {
		const value = values[field.id];
		if (typeof value !== 'string' || !value.trim())
			list.push({
				key: `field:${field.id}`,
				kind: 'field',
				itemId: field.id,
				title: field.label,
				detail: 'Not filled in.'
			});
	}
	const { tasks } = releaseGate(checklist);
	for (const task of tasks) {
		const evidence = failing.get(task.id);
		if (evidence)
			list.push({
				key: `failing:${task.id}`,
				kind: 'failing',
				itemId: task.id,
				title: task.text,
				detail: `${evidence.verdict === 'fail' ? 'Failed' : 'Could not be checked'}: ${evidence.summary}`
			});
		// A parent with open children is represented by them; it resolves when they do.
		const openChildren = task.children.some((c) => !resolved(c, d));
		if (!resolved(task, d) && !openChildren)
			list.push({
				key: `open:${task.id}`,
				kind: 'open',
				itemId: task.id,
				title: task.text,
				detail: 'Neither done nor marked not applicable.'
			});
	}
	const result = score(checklist, values);
	for (const rating of result.ratings)
		if (rating.value === null)
			list.push({
				key: `unrated:${rating.id}`,
				kind: 'unrated',
				itemId: rating.id,
				title: rating.label,
				detail: `Not rated (1 to ${rating.max}).`
			});
	const allRated = result.ratings.every((r) => r.value !== null);
	if (result.total && result.threshold && allRated && result.total.value < result.threshold.value)
		list.push({
			key: 'score',
			kind: 'score',
			itemId: null,
			title: result.total.label,
			detail: `${result.total.value} / ${result.total.max} is below the pass mark of ${result.threshold.value}.`
		});
	return list;
}
