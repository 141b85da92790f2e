// The edits an export makes to its template's text, one or two per slot: a tick's mark, the
// ending of an N/A or partly done task's line (na.ts), a value in a blank, a rating, the total,
// and the notes, in place of the template's prompt under their heading when it has one.
import type { Checklist, EntryValue } from '$lib/checklist/model';
import { ratingValue, score } from '$lib/checklist/scoring';
import { notApplicable, type Decisions } from '$lib/record/decisions';
import { parentProgress } from '$lib/verdict/parent-progress';
import { escapeLines, escapeValue } from './escape';
import { naSuffix, partSuffix } from './na';
import { notesHint, templateSlots, type Slot } from './slots';

/** Text that replaces `source[at, end)`. */
export type Edit = { at: number; end: number; text: string };

/** Every edit the decisions make to the template's source, in source order. */
export function slotEdits(source: string, model: Checklist, decisions: Decisions): Edit[] {
	const { values } = decisions;
	const result = score(model, values);
	const rated = result.ratings.some((r) => r.value !== null);
	const total = rated && result.total ? String(result.total.value) : null;
	const edits: Edit[] = [];
	for (const slot of templateSlots(model)) {
		if (slot.kind === 'notes' && typeof values[slot.item.id] === 'string' && values[slot.item.id]) {
			const hint = notesHint(source, slot.item);
			if (hint.start < slot.span[0]) {
				const text = escapeLines(values[slot.item.id] as string);
				edits.push({ at: hint.start, end: slot.span[0], text });
				continue;
			}
		}
		if (slot.kind === 'task') edits.push(...taskEdits(slot, decisions, source));
		else {
			const text = slotText(slot, values[slot.item.id], total, source);
			if (text !== null) edits.push({ at: slot.span[0], end: slot.span[1], text });
		}
	}
	edits.sort((a, b) => a.at - b.at);
	return edits;
}

/** A task's mark, and the ending of its line when N/A or a partly done parent (na.ts). */
function taskEdits(
	slot: Extract<Slot, { kind: 'task' }>,
	decisions: Decisions,
	source: string
): Edit[] {
	const value = decisions.values[slot.item.id];
	const na = notApplicable(decisions, slot.item.id);
	const mark = na ? ' ' : value === true ? 'x' : value === false ? ' ' : null;
	const eol = source.indexOf('\n', slot.span[1]);
	const end = eol < 0 ? source.length : eol;
	const edits: Edit[] = mark === null ? [] : [{ at: slot.span[0], end: slot.span[1], text: mark }];
	const part = na || value === true ? null : parentProgress(slot.item, decisions);
	if (na) edits.push({ at: end, end, text: naSuffix(na.reason) });
	else if (part && part.done > 0)
		edits.push({ at: end, end, text: partSuffix(part.done, part.total) });
	return edits;
}

/** What goes into a slot, or null to leave the template's text there. */
function slotText(slot: Slot, value: EntryValue | undefined, total: string | null, source: string) {
	switch (slot.kind) {
		case 'task':
			return null; // see taskEdits
		case 'field':
			return typeof value === 'string' && value !== '' ? escapeValue(value) : null;
		case 'cell':
			return typeof value === 'string' && value !== '' ? ` ${escapeValue(value)} ` : null;
		case 'rating': {
			const rating = ratingValue(value, slot.item.max);
			return rating === null ? null : String(rating);
		}
		case 'total':
			return total;
		case 'notes': {
			if (typeof value !== 'string' || value === '') return null;
			// The notes are a paragraph of their own: a blank line before and after.
			const after = source.slice(slot.span[0]);
			const closed = /^\n[ \t]*\n/.test(after) || !after.trim();
			return `\n\n${escapeLines(value)}${closed ? '' : '\n'}`;
		}
	}
}
