// Reads an exported report back into a run's decisions by lining it up with its template (see
// report-import-align.ts): ticks, fields, ratings, table cells, notes, not-applicable marks and
// (from the verdict block) waivers, each decoded with the GFM parser (report-import-decode.ts).
// Also names a report's template, and passes on templateFromReport (report-template.ts), so the
// importer loaded late stays one module to import.
import type { Checklist, EntryValue } from '$lib/checklist/model';
import { normalizeSource } from '$lib/checklist/source';
import { allFillables } from '$lib/checklist/walk';
import { noDecisions, type Decisions } from '$lib/record/decisions';
import { DRAWN_WORDS } from './escape';
import { lineFiller, type FillValues } from './fill';
import { templateHash } from './marker';
import { templateSlots } from './slots';
import { alignLines } from './report-import-align';
import { templateLines, trimLineEnd } from './report-import-lines';
import { matchLine, naOf } from './report-import-match';
import { notesText, readSlot } from './report-import-read';
import { readWaivers } from './verdict-read';
import { decodeBlocks, decodeInline } from './report-import-decode';
import { splitOnce, type SplitReport } from './report-import-split';

export { templateHash } from './marker';
export { readReport } from './report-import-split';
export { templateFromReport } from './report-template';

/** What a report says, and how well it fits the template it was read against. */
export interface ReportImport {
	decisions: Decisions;
	/** Fillable items of the template found in the report, out of `total`. */
	matched: number;
	total: number;
	problems: string[];
}

/** What the report's embedded content says, when it has any (see export/share/payload.ts). */
export interface ReportContext extends FillValues {
	/** The embedded decisions: a drawn signature the report names in words comes back from them. */
	decisions?: Readonly<Decisions>;
}

/**
 * Restores a run's decisions from an exported report of `template`; `context` (from the embedded
 * content) fills the commands' placeholders as the export did, so those lines line up.
 */
export function importReport(
	markdown: string | SplitReport,
	template: { source: string; model: Checklist },
	context: ReportContext = {}
): ReportImport {
	const { body, marker, verdict } = splitOnce(markdown);
	const source = normalizeSource(template.source);
	const slots = templateSlots(template.model);
	const lines = templateLines(source, slots, lineFiller(source, template.model, context));
	const report = body.split('\n').map(trimLineEnd);
	const pairs = alignLines(lines, report);
	const decisions = noDecisions();
	const values = decisions.values as Record<string, EntryValue>;
	const problems: string[] = [];
	let matched = 0;
	for (const [t, r] of pairs) {
		const raw = matchLine(lines[t], report[r]) ?? [];
		lines[t].slots.forEach((slot, i) => {
			if (slot.kind !== 'total') matched++;
			readSlot(slot, raw[i], values, problems);
			const drawn = context.decisions?.values[slot.item.id];
			if (
				values[slot.item.id] === DRAWN_WORDS &&
				typeof drawn === 'string' &&
				drawn.startsWith('data:')
			)
				values[slot.item.id] = drawn;
		});
		const na = naOf(lines[t], report[r]);
		const task = lines[t].slots.find((s) => s.kind === 'task');
		if (na !== null && task) decisions.na[task.item.id] = na ? decodeInline(na) : '';
	}
	for (const slot of slots) {
		if (slot.kind !== 'notes') continue;
		const notes = notesText(source, slot, pairs, report);
		if (notes === null) continue;
		matched++;
		if (notes) values[slot.item.id] = decodeBlocks(notes);
	}
	if (verdict) for (const [key, waiver] of readWaivers(verdict)) decisions.waivers[key] = waiver;
	const total = allFillables(template.model).length;
	if (marker?.template && marker.template !== templateHash(source))
		problems.push('This report was exported from another template, or another version of it.');
	const missing = total - matched;
	if (missing > 0)
		problems.push(
			`${missing} of the template’s ${total} items ${missing === 1 ? 'was' : 'were'} not found in this report.`
		);
	return { decisions, matched, total, problems };
}

/** The template hash a report's marker names, or null when it has no marker. */
export function reportTemplateHash(markdown: string | SplitReport): string | null {
	return splitOnce(markdown).marker?.template ?? null;
}
