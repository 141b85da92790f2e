// Where a run's values go in its template's Markdown: one slot per fillable item and per
// computed total, at the offsets the parser recorded. Export writes into these slots; report
// import reads them back.
import type {
	Block,
	Cell,
	Checklist,
	Field,
	Rating,
	Span,
	Task,
	Total
} from '$lib/checklist/model';
import { eachBlock } from '$lib/checklist/walk';

/** A free-text notes field. */
export type Notes = Extract<Block, { kind: 'notes' }>;

/** A place in the template source that holds a value; notes are an insertion point. */
export type Slot =
	| { kind: 'task'; item: Task; span: Span }
	| { kind: 'field'; item: Field; span: Span }
	| { kind: 'rating'; item: Rating; span: Span }
	| { kind: 'total'; item: Total; span: Span }
	| { kind: 'cell'; item: Cell; span: Span }
	| { kind: 'notes'; item: Notes; span: Span };

/** Every slot of a template, in source order. */
export function templateSlots(model: Pick<Checklist, 'blocks' | 'sections'>): Slot[] {
	const slots: Slot[] = [];
	const addTask = (task: Task) => {
		slots.push({ kind: 'task', item: task, span: [task.mark, task.mark + 1] });
		task.children.forEach(addTask);
	};
	eachBlock(model.blocks, model.sections, (block) => {
		if (block.kind === 'list') {
			for (const item of block.items) {
				if (item.kind === 'task') addTask(item);
				else if (item.kind === 'field') slots.push({ kind: 'field', item, span: item.blank });
				else if (item.kind === 'rating') slots.push({ kind: 'rating', item, span: item.blank });
			}
		} else if (block.kind === 'lines') {
			for (const line of block.lines) {
				if (line.kind === 'field') slots.push({ kind: 'field', item: line, span: line.blank });
				if (line.kind === 'rating') slots.push({ kind: 'rating', item: line, span: line.blank });
				if (line.kind === 'total') slots.push({ kind: 'total', item: line, span: line.blank });
			}
		} else if (block.kind === 'table') {
			for (const row of block.rows)
				for (const cell of row.cells)
					if (cell.kind === 'cell') slots.push({ kind: 'cell', item: cell, span: cell.blank });
		} else if (block.kind === 'notes') {
			slots.push({ kind: 'notes', item: block, span: [block.insertAt, block.insertAt] });
		}
	});
	return slots.sort((a, b) => a.span[0] - b.span[0]);
}

const HEADING_LINE = /^ {0,3}(#{1,6}(\s|$)|=+\s*$|-+\s*$)/;

/**
 * Where a notes field's hint (the template's prompt paragraphs) starts, and the index of the
 * heading's line above it; the hint ends at the notes' insertion point.
 */
export function notesHint(source: string, notes: Notes): { start: number; headingLine: number } {
	const lines = source.slice(0, notes.insertAt).split('\n');
	let h = lines.length - 1;
	while (h > 0 && !HEADING_LINE.test(lines[h])) h--;
	let start = lines.slice(0, h + 1).reduce((n, l) => n + l.length + 1, 0);
	if (!notes.hint.length) return { start: notes.insertAt, headingLine: h };
	while (start < notes.insertAt && source[start] === '\n') start++;
	return { start, headingLine: h };
}
