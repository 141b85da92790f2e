// The report's fonts inside one jsPDF document. Text is written in runs: each character goes to
// the first font of its face's chain whose cmap has it (Noto Sans, then Noto Sans SC; commands try
// Courier first), read from the fonts jsPDF has already parsed, so nothing is parsed twice. A
// character no font has becomes a visible replacement rather than silently cutting the line.
import type { jsPDF } from 'jspdf';

/** The three TTF files, base64-encoded. */
export interface PdfFontData {
	regular: string;
	bold: string;
	cjk: string;
}

export type Face = 'regular' | 'bold' | 'mono';
type FontKey = 'regular' | 'bold' | 'cjk' | 'courier';

/** A stretch of text in one font; `em` is its advance in thousandths of the font size. */
export interface Run {
	font: FontKey;
	text: string;
	em: number;
}

interface Metrics {
	/** Advance in 1/1000 em, or null when the font lacks the character. */
	advance(cp: number): number | null;
}

const FONTS: Record<FontKey, { family: string; style: string; file?: keyof PdfFontData }> = {
	regular: { family: 'NotoSans', style: 'normal', file: 'regular' },
	bold: { family: 'NotoSans', style: 'bold', file: 'bold' },
	cjk: { family: 'NotoSansSC', style: 'normal', file: 'cjk' },
	courier: { family: 'courier', style: 'normal' }
};

const CHAINS: Record<Face, FontKey[]> = {
	regular: ['regular', 'cjk'],
	bold: ['bold', 'cjk'],
	mono: ['courier', 'regular', 'cjk']
};

const COURIER: Metrics = { advance: (cp) => (cp >= 0x20 && cp <= 0x7e ? 600 : null) };

/** Fonts registered with one document; the CJK font is parsed only when some text needs it. */
export class FontSet {
	readonly #doc: jsPDF;
	readonly #data: PdfFontData;
	readonly #metrics = new Map<FontKey, Metrics>([['courier', COURIER]]);
	readonly #widths = new Map<string, number>();
	#font: FontKey | null = null;
	#size = 0;

	constructor(doc: jsPDF, data: PdfFontData) {
		this.#doc = doc;
		this.#data = data;
		this.#load('regular');
		this.#load('bold');
	}

	/** Splits text into runs of one font each, replacing what no font can show. */
	runs(text: string, face: Face): Run[] {
		const runs: Run[] = [];
		for (const ch of text.normalize('NFC')) {
			let cp = ch.codePointAt(0) ?? 0;
			if (cp === 0x09) cp = 0x20;
			else if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) continue;
			let found = this.#pick(cp, face);
			if (!found) {
				cp = this.#pick(0xfffd, face) ? 0xfffd : 0x3f;
				found = this.#pick(cp, face) ?? { font: 'regular', em: 500 };
			}
			const last = runs[runs.length - 1];
			if (last?.font === found.font) {
				last.text += String.fromCharCode(cp);
				last.em += found.em;
			} else runs.push({ font: found.font, text: String.fromCharCode(cp), em: found.em });
		}
		return runs;
	}

	/** The width of text in points. */
	width(text: string, face: Face, size: number): number {
		const key = `${face}\u0000${text}`;
		let em = this.#widths.get(key);
		if (em === undefined) {
			em = 0;
			for (const run of this.runs(text, face)) em += run.em;
			this.#widths.set(key, em);
		}
		return (em * size) / 1000;
	}

	/** Writes runs from x at baseline y; returns the x after them. */
	write(runs: Run[], x: number, y: number, size: number): number {
		for (const run of runs) {
			if (this.#font !== run.font) {
				this.#doc.setFont(FONTS[run.font].family, FONTS[run.font].style);
				this.#font = run.font;
				this.#size = 0;
			}
			if (this.#size !== size) this.#doc.setFontSize((this.#size = size));
			this.#doc.text(run.text, x, y);
			x += (run.em * size) / 1000;
		}
		return x;
	}

	#pick(cp: number, face: Face): { font: FontKey; em: number } | null {
		if (cp > 0xffff) return null; // jsPDF writes UTF-16 code units: BMP only.
		for (const font of CHAINS[face]) {
			const em = this.#load(font).advance(cp);
			if (em !== null) return { font, em };
		}
		return null;
	}

	#load(font: FontKey): Metrics {
		const known = this.#metrics.get(font);
		if (known) return known;
		const { family, style, file } = FONTS[font];
		if (!file) throw new Error(`No file for font ${font}`);
		const vfsName = `${family}-${style}.ttf`;
		this.#doc.addFileToVFS(vfsName, this.#data[file]);
		this.#doc.addFont(vfsName, family, style, undefined, 'Identity-H');
		this.#doc.setFont(family, style);
		this.#font = font;
		const metrics = ttfMetrics(this.#doc.getFont().metadata);
		this.#metrics.set(font, metrics);
		return metrics;
	}
}

/** Advances read from a font jsPDF parsed (its TTFFont), cached per character. */
function ttfMetrics(ttf: {
	cmap: { unicode: { codeMap: Record<number, number> } };
	widthOfGlyph(glyph: number): number;
}): Metrics {
	const codeMap = ttf.cmap.unicode.codeMap;
	const cache = new Map<number, number | null>();
	return {
		advance(cp) {
			let em = cache.get(cp);
			if (em === undefined) {
				const glyph = codeMap[cp] ?? 0;
				em = glyph > 0 ? ttf.widthOfGlyph(glyph) : null;
				cache.set(cp, em);
			}
			return em;
		}
	};
}
