// Line breaking by measured width. Breaks at spaces and between CJK characters (never before a
// closing mark or after an opening one); a word wider than the line is cut where it must be.
// Pure: widths come from the `measure` passed in.
import type { Face } from './font-set.ts';

export type Color = readonly [r: number, g: number, b: number];

export interface Style {
	face: Face;
	size: number;
	color: Color;
}

/** Text in one style. */
export interface Span {
	text: string;
	style: Style;
}

/** The width of `text` in points. */
export type Measure = (text: string, style: Style) => number;

type Item = { space: boolean; spans: Span[] };

const IDEO =
	/[\u2e80-\u2fff\u3000-\u30ff\u3100-\u312f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;
const NO_BREAK_BEFORE =
	/[、。，．：；？！）」』】〕〉》〗ー々ゝゞ・ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ）］｝,.;:!?%)\]}]/;
const NO_BREAK_AFTER = /[（「『【〔〈《〖（［｛([{]/;

function breakBetween(prev: string, next: string): boolean {
	if (!IDEO.test(prev) && !IDEO.test(next)) return false;
	return !NO_BREAK_BEFORE.test(next) && !NO_BREAK_AFTER.test(prev);
}

/** Words and spaces, each a list of styled pieces, in order. */
function items(spans: readonly Span[]): Item[] {
	const out: Item[] = [];
	let prev = '';
	for (const span of spans)
		for (const ch of span.text) {
			const space = ch === ' ' || ch === '\u3000';
			const last = out[out.length - 1];
			const join = last && last.space === space && (space || !breakBetween(prev, ch));
			const item = join ? last : { space, spans: [] };
			if (!join) out.push(item);
			const piece = item.spans[item.spans.length - 1];
			if (piece?.style === span.style) piece.text += ch;
			else item.spans.push({ text: ch, style: span.style });
			prev = ch;
		}
	return out;
}

const widthOf = (spans: readonly Span[], measure: Measure) =>
	spans.reduce((w, s) => w + measure(s.text, s.style), 0);

/** Breaks styled text into lines no wider than `max` (a newline forces a break). */
export function wrap(spans: readonly Span[], max: number, measure: Measure): Span[][] {
	const lines: Span[][] = [];
	for (const paragraph of splitLines(spans)) {
		let line: Span[] = [];
		let width = 0;
		let gap: Item | null = null;
		for (const item of items(paragraph)) {
			if (item.space) {
				gap = line.length ? item : null;
				continue;
			}
			const w = widthOf(item.spans, measure);
			const g = gap ? widthOf(gap.spans, measure) : 0;
			if (line.length && width + g + w <= max) {
				if (gap) line.push(...gap.spans);
				line.push(...item.spans);
				width += g + w;
			} else {
				if (line.length) lines.push(merge(line));
				const pieces = w > max ? cut(item.spans, max, measure) : [item.spans];
				lines.push(...pieces.slice(0, -1).map(merge));
				line = pieces[pieces.length - 1];
				width = widthOf(line, measure);
			}
			gap = null;
		}
		lines.push(merge(line));
	}
	return lines;
}

/** Cuts a too-wide word into lines, character by character. */
function cut(spans: readonly Span[], max: number, measure: Measure): Span[][] {
	const lines: Span[][] = [[]];
	let width = 0;
	for (const span of spans)
		for (const ch of span.text) {
			const w = measure(ch, span.style);
			if (width + w > max && lines[lines.length - 1].length) {
				lines.push([]);
				width = 0;
			}
			lines[lines.length - 1].push({ text: ch, style: span.style });
			width += w;
		}
	return lines;
}

function splitLines(spans: readonly Span[]): Span[][] {
	const paragraphs: Span[][] = [[]];
	for (const span of spans)
		span.text.split('\n').forEach((text, i) => {
			if (i > 0) paragraphs.push([]);
			if (text) paragraphs[paragraphs.length - 1].push({ text, style: span.style });
		});
	return paragraphs;
}

/** Joins neighbouring pieces of the same style. */
function merge(spans: readonly Span[]): Span[] {
	const out: Span[] = [];
	for (const s of spans) {
		const last = out[out.length - 1];
		if (last?.style === s.style) last.text += s.text;
		else out.push({ ...s });
	}
	return out;
}

/** Breaks one line of code into lines no wider than `max`, keeping its spaces (indentation). */
export function wrapCode(code: string, style: Style, max: number, measure: Measure): string[] {
	const lines: string[] = [];
	let rest = code.replace(/\s+$/, '');
	while (measure(rest, style) > max) {
		const chars = [...rest];
		let width = 0;
		let n = 0;
		while (n < chars.length && width + measure(chars[n], style) <= max)
			width += measure(chars[n++], style);
		let take = chars.slice(0, Math.max(n, 1)).join('');
		const space = take.lastIndexOf(' ');
		if (space > take.length * 0.6) take = take.slice(0, space + 1);
		lines.push(take.trimEnd());
		rest = rest.slice(take.length);
	}
	lines.push(rest);
	return lines;
}
