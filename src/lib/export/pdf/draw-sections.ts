// The checklist itself: each section's heading, then its tasks (a drawn box, ticked with a drawn
// check mark, the task's text and its state in words: "done" with the tick time, "N/A" (its
// reason after the text), a parent's progress "2/3", or "open"),
// its fields and its commands (when the report data has them).
import { drawHeading } from './draw-heading.ts';
import type { Layout } from './layout.ts';
import type { ReportSection, ReportTask, SectionEntry } from './report-types.ts';
import {
	BODY,
	BODY_BOLD,
	BODY_CODE,
	CODE,
	CODE_BG,
	INK,
	LABEL,
	RULE,
	SMALL,
	SMALL_BOLD,
	VERDICT_COLOR,
	VERDICT_STYLE,
	leading
} from './styles.ts';
import type { Span } from './wrap.ts';
import { wrapCode } from './wrap.ts';

const BOX = 8;
const INDENT = 14;
const STATE_WIDTH = 150;

/** Draws every section in order. */
export function drawSections(layout: Layout, sections: ReportSection[]): void {
	for (const section of sections) {
		const first = section.entries[0];
		if (section.title)
			drawHeading(layout, section.title, section.level, first?.kind === 'command' ? 60 : 30);
		for (const entry of section.entries) draw(layout, entry);
	}
}

function draw(layout: Layout, entry: SectionEntry): void {
	if (entry.kind === 'task') drawTask(layout, entry);
	else if (entry.kind === 'field')
		layout.paragraph([
			{ text: `${entry.label}: `, style: BODY_BOLD },
			{ text: entry.value || '—', style: BODY }
		]);
	else drawCommand(layout, entry.label, entry.code);
}

function drawTask(layout: Layout, task: ReportTask): void {
	const boxX = layout.left + task.depth * INDENT;
	const textX = boxX + BOX + 6;
	const spans: Span[] = task.parts.map((p) => ({
		text: p.text,
		style: p.code ? BODY_CODE : p.strong ? BODY_BOLD : BODY
	}));
	if (task.na) spans.push({ text: ` — not applicable: ${task.na}`, style: SMALL });
	const lines = layout.lines(spans, layout.right - STATE_WIDTH - 8 - textX);
	const state: Span[][] = [stateWords(task)];
	if (task.verdict)
		state.push([
			{ text: 'evidence: ', style: SMALL },
			{ text: task.verdict, style: VERDICT_STYLE[task.verdict] }
		]);
	const lh = leading(BODY.size);
	const height = Math.max(lines.length * lh, state.length * leading(SMALL.size)) + 3;
	layout.ensure(Math.min(height, layout.bodyHeight));
	const top = layout.y;
	checkbox(layout, boxX, top + 2.5, task.checked);
	state.forEach((line, i) =>
		layout.drawLine(line, layout.right, top + 1.4 + i * leading(SMALL.size), 'right')
	);
	if (height <= layout.bodyHeight) {
		lines.forEach((line, i) => layout.drawLine(line, textX, top + i * lh));
		layout.y = top + height;
	} else {
		layout.flow(lines, textX, BODY);
		layout.y += 3;
	}
}

/** A task's state in words: done with its tick time, N/A, a parent's progress, or open. */
function stateWords(task: ReportTask): Span[] {
	if (task.checked)
		return [{ text: task.tickedAt ? `done · ${task.tickedAt}` : 'done', style: SMALL_BOLD }];
	if (task.na !== null) return [{ text: 'N/A', style: SMALL_BOLD }];
	if (task.progress)
		return [{ text: `${task.progress.done}/${task.progress.total}`, style: SMALL_BOLD }];
	return [{ text: 'open', style: SMALL }];
}

/** A drawn box; ticked ones are filled and carry a drawn check mark (no font glyph). */
function checkbox(layout: Layout, x: number, y: number, ticked: boolean): void {
	const { doc } = layout;
	if (ticked) {
		layout.fill([225, 242, 230]);
		layout.stroke(VERDICT_COLOR.pass, 0.8);
		doc.rect(x, y, BOX, BOX, 'FD');
		layout.stroke(VERDICT_COLOR.pass, 1.3);
		doc.setLineCap('round');
		doc.setLineJoin('round');
		doc.lines(
			[
				[BOX * 0.22, BOX * 0.26],
				[BOX * 0.42, -BOX * 0.56]
			],
			x + BOX * 0.17,
			y + BOX * 0.5,
			[1, 1],
			'S',
			false
		);
		doc.setLineCap('butt');
	} else {
		layout.stroke(INK, 0.7);
		doc.rect(x, y, BOX, BOX, 'S');
	}
}

/** A command in a shaded block with a left rule, in Courier, wrapped without losing indentation. */
function drawCommand(layout: Layout, label: string | null, code: string): void {
	const lh = leading(CODE.size);
	const x = layout.left + 8;
	const width = layout.width - 14;
	const lines = code.split('\n').flatMap((line) => wrapCode(line, CODE, width, layout.measure));
	const labelH = label ? leading(LABEL.size) : 0;
	layout.ensure(labelH + Math.min(lines.length, 3) * lh + 6);
	if (label) layout.paragraph([{ text: label, style: LABEL }]);
	layout.y += 2;
	lines.forEach((line, i) => {
		const h = lh + (i === 0 ? 3 : 0) + (i === lines.length - 1 ? 3 : 0);
		layout.ensure(h);
		layout.fill(CODE_BG);
		layout.doc.rect(layout.left, layout.y, layout.width, h, 'F');
		layout.fill(RULE);
		layout.doc.rect(layout.left, layout.y, 2, h, 'F');
		layout.drawLine([{ text: line || ' ', style: CODE }], x, layout.y + (i === 0 ? 3 : 0));
		layout.y += h;
	});
	layout.y += 5;
}
