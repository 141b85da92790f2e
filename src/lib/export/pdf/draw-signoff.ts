// The sign-off table (drawn signatures embedded as images), the notes and the contacts.
import { drawHeading } from './draw-heading.ts';
import type { Layout } from './layout.ts';
import type { ReportData, SignoffRow } from './report-types.ts';
import { BODY, BODY_BOLD, RULE, SHADE, SMALL, SMALL_BOLD, leading } from './styles.ts';
import type { Span } from './wrap.ts';

const COLUMNS = [
	{ title: 'Role', share: 0.2 },
	{ title: 'Name', share: 0.28 },
	{ title: 'Signature', share: 0.32 },
	{ title: 'Date', share: 0.2 }
];
const PAD = 4;
const SIGNATURE_HEIGHT = 30;

/** Draws the sign-off table; its header row repeats when the table crosses a page. */
export function drawSignoff(layout: Layout, data: ReportData): void {
	const signoff = data.signoff;
	if (!signoff) return;
	drawHeading(layout, signoff.title, 2, 60);
	if (signoff.signedAt)
		layout.paragraph([{ text: `Signed off ${signoff.signedAt}.`, style: SMALL }]);
	layout.y += 3;
	const widths = COLUMNS.map((c) => c.share * layout.width);
	const header = COLUMNS.map((c) => layout.lines([{ text: c.title, style: SMALL_BOLD }], 1e6));
	layout.ensure(rowHeight(header, null) + SIGNATURE_HEIGHT + 2 * PAD);
	drawRow(layout, widths, header, null);
	for (const r of signoff.rows) {
		const cells = [
			r.role,
			r.name,
			r.signature?.kind === 'text' ? r.signature.text : '',
			r.date
		].map((text, i) =>
			layout.lines([{ text, style: i === 0 ? BODY_BOLD : BODY }], widths[i] - 2 * PAD)
		);
		if (layout.ensure(rowHeight(cells, r))) drawRow(layout, widths, header, null);
		drawRow(layout, widths, cells, r);
	}
	layout.y += 8;
}

function rowHeight(cells: Span[][][], signoff: SignoffRow | null): number {
	const lines = Math.max(...cells.map((c) => c.length));
	const drawn = signoff?.signature?.kind === 'drawn';
	return Math.max(lines * leading(BODY.size), drawn ? SIGNATURE_HEIGHT : 0) + 2 * PAD;
}

/** Draws one table row at the cursor; the header row (no sign-off) is shaded. */
function drawRow(layout: Layout, widths: number[], cells: Span[][][], signoff: SignoffRow | null) {
	const lh = leading(BODY.size);
	const drawn = signoff?.signature?.kind === 'drawn' ? signoff.signature.dataUrl : null;
	const height = rowHeight(cells, signoff);
	const top = layout.y;
	let x = layout.left;
	cells.forEach((lines, i) => {
		if (!signoff) layout.fill(SHADE);
		layout.stroke(RULE);
		layout.doc.rect(x, top, widths[i], height, signoff ? 'S' : 'FD');
		lines.forEach((line, n) => layout.drawLine(line, x + PAD, top + PAD + n * lh));
		if (i === 2 && drawn) image(layout, drawn, x + PAD, top + PAD, widths[i] - 2 * PAD);
		x += widths[i];
	});
	layout.y = top + height;
}

/** Embeds a drawn signature, scaled to fit its cell; says so in words when it cannot be read. */
function image(layout: Layout, dataUrl: string, x: number, y: number, width: number): void {
	try {
		const [w, h] = pngSize(dataUrl);
		const scale = Math.min(width / w, SIGNATURE_HEIGHT / h);
		layout.doc.addImage(dataUrl, 'PNG', x, y, w * scale, h * scale, undefined, 'FAST');
	} catch {
		layout.drawLine([{ text: '(drawn signature could not be read)', style: SMALL }], x, y);
	}
}

/** A PNG's width and height, read from its header (no need to decode the pixels twice). */
export function pngSize(dataUrl: string): [width: number, height: number] {
	const head = atob(dataUrl.slice(dataUrl.indexOf(',') + 1, dataUrl.indexOf(',') + 33));
	const u32 = (at: number) =>
		((head.charCodeAt(at) << 24) |
			(head.charCodeAt(at + 1) << 16) |
			(head.charCodeAt(at + 2) << 8) |
			head.charCodeAt(at + 3)) >>>
		0;
	const [w, h] = [u32(16), u32(20)];
	if (head.slice(12, 16) !== 'IHDR' || !w || !h) throw new Error('Not a PNG');
	return [w, h];
}

/** Draws each notes field, keeping its line breaks. */
export function drawNotes(layout: Layout, data: ReportData): void {
	for (const note of data.notes) {
		drawHeading(layout, note.label, 2);
		layout.paragraph([
			note.text.trim()
				? { text: note.text.trim(), style: BODY }
				: { text: 'No notes.', style: SMALL }
		]);
	}
}

/** Draws each contact list: label, then value (or a dash when not filled in). */
export function drawContacts(layout: Layout, data: ReportData): void {
	const labelWidth = 150;
	for (const group of data.contacts) {
		drawHeading(layout, group.title, 2);
		for (const entry of group.entries) {
			const label = layout.lines([{ text: entry.label, style: BODY_BOLD }], labelWidth - 10);
			const value = layout.lines(
				[{ text: entry.value || '—', style: BODY }],
				layout.width - labelWidth
			);
			const lh = leading(BODY.size);
			layout.ensure(Math.min(Math.max(label.length, value.length) * lh, layout.bodyHeight));
			const top = layout.y;
			label.forEach((line, i) => layout.drawLine(line, layout.left, top + i * lh));
			layout.flow(value, layout.left + labelWidth, BODY);
			layout.y = Math.max(layout.y, top + label.length * lh) + 2;
		}
	}
}
