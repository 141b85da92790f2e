// A template cut into lines to line a report up with: each slot (but notes) placed on its line,
// the fixed text around the slots, and the line with its placeholders filled (fill.ts). Trailing
// spaces and tabs are ignored on both sides (editors strip them; values never end so).
import type { LineFiller } from './fill';
import type { Slot } from './slots';

/** A template line, with the text between and around its slots when it holds any. */
export interface TemplateLine {
	text: string;
	slots: Slot[];
	/** `slots.length + 1` pieces of fixed text around the slots; null for a plain line. */
	pieces: string[] | null;
	/** The line with its placeholders filled, when that differs. */
	filled?: { text: string; pieces: string[] | null };
}

/** A line without the spaces and tabs at its end. */
export function trimLineEnd(line: string): string {
	return line.replace(/[ \t]+$/, '');
}

/** Cuts a template into lines and places each slot (but notes) on its line. */
export function templateLines(
	source: string,
	slots: readonly Slot[],
	fill?: LineFiller | null
): TemplateLine[] {
	const starts: number[] = [];
	const lines = source.split('\n').map((text, i, all): TemplateLine => {
		starts.push(i === 0 ? 0 : starts[i - 1] + all[i - 1].length + 1);
		return { text: trimLineEnd(text), slots: [], pieces: null };
	});
	for (const slot of slots)
		if (slot.kind !== 'notes') lines[lineAt(starts, slot.span[0])].slots.push(slot);
	lines.forEach((line, i) => {
		if (!line.slots.length) return;
		const pieces: string[] = [];
		let from = 0;
		for (const slot of line.slots) {
			const start = Math.min(slot.span[0] - starts[i], line.text.length);
			pieces.push(line.text.slice(from, start));
			from = Math.min(slot.span[1] - starts[i], line.text.length);
		}
		pieces.push(line.text.slice(from));
		line.pieces = pieces;
	});
	if (fill)
		lines.forEach((line, i) => {
			const text = fill(i, line.text);
			if (text === line.text) return;
			line.filled = { text, pieces: line.pieces && line.pieces.map((p) => fill(i, p)) };
		});
	return lines;
}

/** The index of the line holding `offset`. */
export function lineAt(starts: readonly number[], offset: number): number {
	let lo = 0;
	let hi = starts.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (starts[mid] <= offset) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}
