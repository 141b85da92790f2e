// Reads an exported report back into a run's decisions by lining it up with its template (see
// report-import-align.ts): ticks, fields, ratings, table cells, notes, not-applicable marks and
// (from the verdict block) waivers, each decoded with the GFM parser (report-import-decode.ts).
// Also names a report's template and turns a report of an unknown template back into a template.
import type { Checklist, EntryValue } from '$lib/checklist/model';
import { parseChecklist } from '$lib/checklist/parse';
import { normalizeSource } from '$lib/checklist/source';
import { allFillables, allTasks } from '$lib/checklist/walk';
import { noDecisions, type Decisions } from '$lib/record/decisions';
import { DRAWN_WORDS } from './escape';
import { splitEnding } from './na';
import { lineFiller, type FillValues } from './fill';
import { templateHash } from './marker';
import { notesHint, templateSlots, type Slot } from './slots';
import { alignLines, matchLine, naOf, templateLines, trimLineEnd } from './report-import-align';
import { readWaivers } from './verdict-read';
import { decodeBlocks, decodeInline } from './report-import-decode';
import { splitReport, type SplitReport } from './report-import-split';

export { templateHash } from './marker';

/** What a report says, and how well it fits the template it was read against. */
export interface ReportImport {
	decisions: Decisions;
	/** Fillable items of the template found in the report, out of `total`. */
	matched: number;
	total: number;
	problems: string[];
}

/**
 * A report's text split once into its body and marker: parsing it is the costly part, and one
 * import tries it against every template. The functions below take this or the text itself.
 */
export function readReport(markdown: string): SplitReport {
	return splitReport(normalizeSource(markdown));
}

function split(report: string | SplitReport): SplitReport {
	return typeof report === 'string' ? readReport(report) : report;
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
	const { body, marker, verdict } = split(markdown);
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
		// The notes follow the heading, or (in older reports) the template's prompt under it.
		const { headingLine } = notesHint(source, slot.item);
		const hintEnd = source.slice(0, slot.span[0]).split('\n').length - 1;
		let at = -1;
		pairs.forEach(([t], i) => {
			if (t >= headingLine && t <= hintEnd) at = i;
		});
		if (at < 0) continue;
		matched++;
		const region = report.slice(pairs[at][1] + 1, pairs[at + 1]?.[1] ?? report.length);
		const notes = region.join('\n').replace(/^\n+|\n+$/g, '');
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

/** Stores what one slot's raw report text says. */
function readSlot(
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

/** The template hash a report's marker names, or null when it has no marker. */
export function reportTemplateHash(markdown: string | SplitReport): string | null {
	return split(markdown).marker?.template ?? null;
}

/**
 * A report turned back into a template: the verdict block, Evidence appendix, content and marker
 * cut off, every tick cleared and the endings a report adds to task lines (N/A, a parent's
 * progress) dropped. Filled values stay in the text (a filled blank reads as plain text from then on).
 */
export function templateFromReport(markdown: string | SplitReport): string {
	const { body } = split(markdown);
	const chars = body.split('');
	const marks: number[] = [];
	for (const task of allTasks(parseChecklist(body))) {
		if (/[xX]/.test(chars[task.mark])) chars[task.mark] = ' ';
		marks.push(task.mark);
	}
	marks.sort((a, b) => a - b);
	let at = 0;
	let k = 0;
	return chars
		.join('')
		.split('\n')
		.map((line) => {
			const start = at;
			at += line.length + 1;
			while (k < marks.length && marks[k] < start) k++;
			const hasMark = k < marks.length && marks[k] < at;
			return hasMark ? (splitEnding(line)?.line ?? line) : line;
		})
		.join('\n');
}
