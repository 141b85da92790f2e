// A cursor down the pages of one document: where the next thing goes, when a page must break,
// and how a line of styled text is measured, wrapped and written.
import type { jsPDF } from 'jspdf';
import type { FontSet } from './font-set.ts';
import { leading } from './styles.ts';
import { wrap, type Color, type Measure, type Span, type Style } from './wrap.ts';

export type PageSize = 'a4' | 'letter';

/** Page sizes in points. */
export const PAGE_SIZES: Record<PageSize, [width: number, height: number]> = {
	a4: [595.28, 841.89],
	letter: [612, 792]
};

/** The writing state of one document. */
export class Layout {
	readonly doc: jsPDF;
	readonly fonts: FontSet;
	readonly left = 50;
	readonly right: number;
	readonly top = 50;
	readonly bottom: number;
	readonly pageHeight: number;
	y: number;
	#textColor = '';

	constructor(doc: jsPDF, fonts: FontSet, size: PageSize) {
		const [width, height] = PAGE_SIZES[size];
		this.doc = doc;
		this.fonts = fonts;
		this.right = width - 50;
		this.pageHeight = height;
		this.bottom = height - 58;
		this.y = this.top;
	}

	get width(): number {
		return this.right - this.left;
	}

	/** Starts a new page unless `height` fits below the cursor; true when it broke the page. */
	ensure(height: number): boolean {
		if (this.y + height <= this.bottom || this.y === this.top) return false;
		this.doc.addPage();
		this.y = this.top;
		return true;
	}

	readonly measure: Measure = (text, style) => this.fonts.width(text, style.face, style.size);

	/** Styled text broken into lines no wider than `width`. */
	lines(spans: readonly Span[], width: number): Span[][] {
		return wrap(spans, width, this.measure);
	}

	/** The height of a line: that of its largest text. */
	lineHeight(line: readonly Span[], fallback: Style): number {
		return leading(line.reduce((size, s) => Math.max(size, s.style.size), fallback.size));
	}

	/** Writes one line with its top at `top`; right-aligned lines end at x. Returns its width. */
	drawLine(
		line: readonly Span[],
		x: number,
		top: number,
		align: 'left' | 'right' = 'left'
	): number {
		const size = line.reduce((m, s) => Math.max(m, s.style.size), 0);
		const baseline = top + size * 1.02;
		const runs = line.map((s) => ({ style: s.style, runs: this.fonts.runs(s.text, s.style.face) }));
		const width = runs.reduce(
			(w, r) => w + (r.runs.reduce((e, run) => e + run.em, 0) * r.style.size) / 1000,
			0
		);
		let at = align === 'right' ? x - width : x;
		for (const r of runs) {
			this.textColor(r.style.color);
			at = this.fonts.write(r.runs, at, baseline, r.style.size);
		}
		return width;
	}

	/** The height a page has for content. */
	get bodyHeight(): number {
		return this.bottom - this.top;
	}

	/** Writes wrapped text at the cursor, breaking pages between lines; moves the cursor below. */
	paragraph(spans: readonly Span[], x = this.left, width = this.right - x, style?: Style): void {
		const fallback = style ?? spans[0]?.style;
		if (fallback) this.flow(this.lines(spans, width), x, fallback);
	}

	/** Writes lines one under another from the cursor, breaking pages between them. */
	flow(lines: readonly Span[][], x: number, fallback: Style): void {
		for (const line of lines) {
			const h = this.lineHeight(line, fallback);
			this.ensure(h);
			this.drawLine(line, x, this.y);
			this.y += h;
		}
	}

	textColor(color: Color): void {
		const key = color.join();
		if (key === this.#textColor) return;
		this.#textColor = key;
		this.doc.setTextColor(color[0], color[1], color[2]);
	}

	fill(color: Color): void {
		this.doc.setFillColor(color[0], color[1], color[2]);
	}

	stroke(color: Color, width = 0.5): void {
		this.doc.setDrawColor(color[0], color[1], color[2]);
		this.doc.setLineWidth(width);
	}
}
