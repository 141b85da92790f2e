// A deployment as Markdown in its template's own shape: the template source with each value
// spliced in at the offsets its model records, an Evidence appendix when there is evidence, and
// an invisible marker naming the template. No parser is needed here. The format, which
// report-import.ts reads back exactly:
// - Ticks: `[x]` when true, `[ ]` when false (even where the template had `[x]`), else untouched.
// - Fields and table cells: the escaped text in place of the underscores (a cell's text gets a
//   space on each side); an empty text keeps the blank. Escaping (markdown-escape.ts): a
//   backslash before \ ` * _ [ ] < & | ~ $ and before the `:` of `://` and the `.` of `www.`;
//   spaces at either end, tabs and line breaks as `&#32;` `&#9;` `&#10;` `&#13;`. So a value is
//   one line and shows as plain text (a line break inside it shows as a space on GitHub).
// - Ratings: the number; the total: the sum of the ratings, once any rating is set.
// - Notes: a paragraph of their own in place of the template's prompt under the heading, one
//   hard break (a `\` at the end) per line break, each line's start escaped so it cannot open a
//   block, and line breaks at the end as `&#10;`. GitHub shows them line for line; HTML and
//   Markdown in them stay text.
// - Not applicable (an `na:<task>` entry): the box stays empty and the line ends with
//   ` — **N/A**: <reason>`; an unticked parent with resolved children ends ` — 2/3 done` (na.ts).
// - A drawn signature reads "(drawn signature, see PDF)": a report never holds a `data:` URL.
// - Commands and the tasks naming the target are filled with the deployment's values (fill.ts).
// - Evidence: in words, with local times and their UTC offset, pasted output cut to 40 lines.
// - With `report` given (every export from the page): the release verdict block at the very top
//   (verdict-block.ts) and, before the marker, the embedded content (content-comment.ts).
// - Untouched and without `report`, the export is the template's normalised text byte for byte,
//   then a blank line and the marker `<!-- shipshape-report v1 template=<hash> evidence=<n> -->`.
// - Limits: U+0000 reads back as U+FFFD (CommonMark replaces it), and GitHub still renders
//   :emoji: codes, and links URLs, in values (their text is unchanged).
import type { Checklist, EntryValue } from '$lib/checklist/model';
import { ratingValue, score } from '$lib/checklist/scoring';
import { allFillables } from '$lib/checklist/walk';
import { failingOf } from '$lib/verdict/failing';
import { notApplicable, type Decisions } from '$lib/record/decisions';
import { parentProgress } from '$lib/verdict/parent-progress';
import { contentComment } from './content-comment';
import { escapeLines, escapeValue } from './escape';
import { evidenceAppendix, type EvidenceEntry } from './evidence';
import { lineFiller, textFiller, type FillValues, type LineFiller } from './fill';
import { markerComment, templateHash } from './marker';
import { naSuffix, partSuffix } from './na';
import { notesHint, templateSlots, type Slot } from './slots';
import { verdictBlock, type SignoffInfo } from './verdict-block';

export type { EvidenceEntry } from './evidence';

/** What an export needs: the run's template snapshot, its decisions and its evidence. */
export interface MarkdownExportInput extends FillValues {
	source: string;
	model: Checklist;
	decisions: Decisions;
	/** When each item was last changed; the template's shape has no place for it, so unused. */
	times?: Record<string, number>;
	evidence?: EvidenceEntry[];
	/** Item texts by id for the Evidence appendix; the template's own texts fill any gap. */
	itemTexts?: Map<string, string>;
	/** The verdict block's sign-off line and the embedded content (an `ss1.` payload). */
	report?: { signoff: SignoffInfo | null; payload: string | null };
}

/** Text that replaces `source[at, end)`. */
type Edit = { at: number; end: number; text: string };

/** The deployment as GFM: the template with its values filled in, evidence and marker after. */
export function exportMarkdown(input: MarkdownExportInput): string {
	const { source, model, decisions } = input;
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
	const fixed = fixedText(source, lineFiller(source, model, input));
	let out = '';
	let from = 0;
	for (const edit of edits) {
		out += fixed(from, edit.at) + edit.text;
		from = edit.end;
	}
	out += fixed(from, source.length);
	const evidence = input.evidence ?? [];
	if (evidence.length)
		out += `\n\n${evidenceAppendix(evidence, itemNamer(model, input.itemTexts))}`;
	const marker = markerComment(templateHash(source), evidence.length);
	if (!input.report) return `${out}\n\n${marker}\n`;
	const sorted = [...evidence].sort((a, b) => a.at - b.at);
	const fill = textFiller(model, input) ?? undefined;
	const top = verdictBlock(model, decisions, failingOf(sorted), input.report.signoff, fill);
	const content = input.report.payload ? `${contentComment(input.report.payload)}\n\n` : '';
	return `${top}\n\n${out}\n\n${content}${marker}\n`;
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

/** The template's own text between two offsets (asked for in order), its lines filled. */
function fixedText(source: string, fill: LineFiller | null): (from: number, to: number) => string {
	const starts = [0];
	for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
	let line = 0;
	return (from, to) => {
		if (!fill) return source.slice(from, to);
		let out = '';
		for (let at = from; at < to;) {
			while (starts[line + 1] !== undefined && starts[line + 1] <= at) line++;
			const end = Math.min(to, starts[line + 1] ?? to);
			out += fill(line, source.slice(at, end));
			at = end;
		}
		return out;
	};
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

/** Names items for the appendix: the given texts, else the template's task texts and labels. */
function itemNamer(model: Checklist, given?: Map<string, string>): (id: string) => string {
	const own = new Map<string, string>();
	for (const item of allFillables(model))
		own.set(item.id, item.kind === 'task' ? item.text : item.label);
	return (id) => given?.get(id) ?? own.get(id) ?? id;
}
