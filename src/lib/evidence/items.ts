// Finds the checklist items a finding informs, by their task text, so probes work with any
// template that words its items like the built-in one.
import type { Checklist } from '$lib/checklist/model';
import { allTasks } from '$lib/checklist/walk';

function key(text: string): string {
	return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Item ids by normalised task text, for one checklist. */
export function taskIndex(
	checklist: Pick<Checklist, 'blocks' | 'sections'>
): Map<string, string[]> {
	const index = new Map<string, string[]>();
	for (const task of allTasks(checklist)) {
		const k = key(task.text);
		index.set(k, [...(index.get(k) ?? []), task.id]);
	}
	return index;
}

/** The ids of the tasks whose text matches any of `texts`. */
export function resolveItems(index: Map<string, string[]>, texts: readonly string[]): string[] {
	return [...new Set(texts.flatMap((t) => index.get(key(t)) ?? []))];
}

/** Task text by item id, to name the items a finding informs. */
export function taskTexts(
	checklist: Pick<Checklist, 'blocks' | 'sections'> | null
): Map<string, string> {
	return new Map(checklist ? allTasks(checklist).map((t) => [t.id, t.text]) : []);
}
