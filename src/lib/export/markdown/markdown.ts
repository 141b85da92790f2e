// A deployment as Markdown in its template's own shape: the template source with each value
// spliced in at the offsets its model records, an Evidence appendix when there is evidence, and
// an invisible marker naming the template. No parser is needed here. The format, which
// report-import.ts reads back exactly:
// - Ticks: `[x]` when true, `[ ]` when false (even where the template had `[x]`), else untouched.
// - Fields and table cells: the escaped text in place of the underscores (a cell's text gets a
//   space on each side); an empty text keeps the blank. Escaping (escape.ts): a
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
import type { Checklist } from '$lib/checklist/model';
import { allFillables } from '$lib/checklist/walk';
import { failingOf } from '$lib/verdict/failing';
import type { Decisions } from '$lib/record/decisions';
import { contentComment } from './content-comment';
import { evidenceAppendix, type EvidenceEntry } from './evidence';
import { lineFiller, textFiller, type FillValues, type LineFiller } from './fill';
import { markerComment, templateHash } from './marker';
import { slotEdits } from './slot-edits';
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

/** The deployment as GFM: the template with its values filled in, evidence and marker after. */
export function exportMarkdown(input: MarkdownExportInput): string {
	const { source, model, decisions } = input;
	const edits = slotEdits(source, model, decisions);
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

/** Names items for the appendix: the given texts, else the template's task texts and labels. */
function itemNamer(model: Checklist, given?: Map<string, string>): (id: string) => string {
	const own = new Map<string, string>();
	for (const item of allFillables(model))
		own.set(item.id, item.kind === 'task' ? item.text : item.label);
	return (id) => given?.get(id) ?? own.get(id) ?? id;
}
