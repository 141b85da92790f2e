// What each fillable item of a checklist is called, for messages about it.
import type { Checklist } from '$lib/checklist/model';
import { allFillables } from '$lib/checklist/walk';

/** Labels by item id: a task's text, a field's or cell's label, "Notes", … */
export function fillableLabels(checklist: Checklist | null): Map<string, string> {
	const labels = new Map<string, string>();
	if (!checklist) return labels;
	for (const f of allFillables(checklist)) labels.set(f.id, f.kind === 'task' ? f.text : f.label);
	return labels;
}
