// What the report says in each slot of a template, once its lines are lined up with the
// template's (report-import-align.ts): a slot's raw text read as a tick, a value or a rating, and
// the notes, read from the lines after their heading.
import type { EntryValue } from '$lib/checklist/model';
import { decodeInline } from './report-import-decode';
import { notesHint, type Slot } from './slots';

/** Stores what one slot's raw report text says. */
export function readSlot(
	slot: Slot,
	raw: string | undefined,
	values: Record<string, EntryValue>,
	problems: string[]
): void {
	if (raw === undefined) return;
	const text = raw.replace(/^[ \t]+|[ \t]+$/g, '');
	const blank = text === '' || /^_+$/.test(text);
	switch (slot.kind) {
		case 'task':
			values[slot.item.id] = raw === 'x' || raw === 'X';
			return;
		case 'field':
		case 'cell':
			if (!blank) values[slot.item.id] = decodeInline(text);
			return;
		case 'rating': {
			if (blank) return;
			const { label, max } = slot.item;
			const n = /^\d{1,4}$/.test(text) ? Number(text) : NaN;
			if (n >= 1 && n <= max) values[slot.item.id] = n;
			else problems.push(`${label} is rated “${text}”, not 1 to ${max}; it was left unrated.`);
			return;
		}
	}
}

/**
 * The raw text of a notes field: the report lines between the one paired with its heading and
 * the next paired line; null when neither the heading nor the prompt under it was found.
 */
export function notesText(
	source: string,
	slot: Extract<Slot, { kind: 'notes' }>,
	pairs: readonly [number, number][],
	report: readonly string[]
): string | null {
	// The notes follow the heading, or (in older reports) the template's prompt under it.
	const { headingLine } = notesHint(source, slot.item);
	const hintEnd = source.slice(0, slot.span[0]).split('\n').length - 1;
	let at = -1;
	pairs.forEach(([t], i) => {
		if (t >= headingLine && t <= hintEnd) at = i;
	});
	if (at < 0) return null;
	const region = report.slice(pairs[at][1] + 1, pairs[at + 1]?.[1] ?? report.length);
	return region.join('\n').replace(/^\n+|\n+$/g, '');
}
