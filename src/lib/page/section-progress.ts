// How far a section's tasks have come, counted one way for its progress bar and its outline entry.
import { notApplicable, type Decisions } from '$lib/record/decisions';

/** How many of the tasks `ids` are done or not applicable. */
export function settledCount(decisions: Pick<Decisions, 'values' | 'na'>, ids: string[]): number {
	return ids.filter((id) => decisions.values[id] === true || notApplicable(decisions, id)).length;
}
