// Lines up a report with its template, line by line, like a diff: a template line that holds
// slots (a task mark, a blank, table cells) matches a report line with the same text around the
// slots; any other line matches the same text. The longest common subsequence of matches wins,
// so lines added or removed by hand, and reports of another template, only cost their own lines.
// Trailing spaces and tabs are ignored on both sides (editors strip them; values never end so).
// A task line may end with a report's ending (na.ts: N/A, a parent's progress); a command or task line may have its
// placeholders filled (fill.ts): such a line matches in either form.
import type { LineFiller } from './fill';
import { splitEnding } from './na';
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

/** The most cells the alignment table may have before a simpler forward search takes over. */
const TABLE_LIMIT = 4_000_000;
/** How far ahead the forward search looks for a line. */
const WINDOW = 400;

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

/** The raw text of each slot when the report line fits the template line, else null. */
export function matchLine(line: TemplateLine, report: string): string[] | null {
	const found =
		matchForm(line, line, report) ?? (line.filled ? matchForm(line, line.filled, report) : null);
	if (found || !line.slots.some((s) => s.kind === 'task')) return found;
	const end = splitEnding(report);
	if (!end) return null;
	return (
		matchForm(line, line, end.line) ?? (line.filled ? matchForm(line, line.filled, end.line) : null)
	);
}

/** The raw N/A reason of a task line that fits only without its N/A ending, else null. */
export function naOf(line: TemplateLine, report: string): string | null {
	const end = splitEnding(report);
	if (end?.na == null || !line.slots.some((s) => s.kind === 'task')) return null;
	if (matchForm(line, line, report) ?? (line.filled ? matchForm(line, line.filled, report) : null))
		return null;
	return end.na;
}

function matchForm(
	line: TemplateLine,
	{ text, pieces }: { text: string; pieces: string[] | null },
	report: string
): string[] | null {
	if (!pieces) return text === report ? [] : null;
	if (!report.startsWith(pieces[0])) return null;
	const raw: string[] = [];
	let pos = pieces[0].length;
	for (let i = 1; i < pieces.length - 1; i++) {
		const at = findUnescaped(report, pieces[i], pos);
		if (at < 0) return null;
		raw.push(report.slice(pos, at));
		pos = at + pieces[i].length;
	}
	const last = pieces[pieces.length - 1];
	if (!report.endsWith(last) || report.length - last.length < pos) return null;
	raw.push(report.slice(pos, report.length - last.length));
	const marksOk = line.slots.every((s, i) => s.kind !== 'task' || /^[ xX]$/.test(raw[i]));
	return marksOk ? raw : null;
}

/** The first occurrence of `piece` at or after `from` that no backslash escapes (table pipes). */
function findUnescaped(text: string, piece: string, from: number): number {
	for (let at = text.indexOf(piece, from); at >= 0; at = text.indexOf(piece, at + 1)) {
		let slashes = 0;
		while (at - slashes - 1 >= from && text[at - slashes - 1] === '\\') slashes++;
		if (slashes % 2 === 0) return at;
	}
	return -1;
}

/** Pairs of (template line, report line) indices that match, in order. Blank lines never pair. */
export function alignLines(template: readonly TemplateLine[], report: readonly string[]) {
	const ti = template.flatMap((line, i) => (line.text ? [i] : []));
	const rj = report.flatMap((line, j) => (line ? [j] : []));
	const fits = (a: number, b: number) => matchLine(template[ti[a]], report[rj[b]]) !== null;
	const weight = (a: number) => (template[ti[a]].pieces ? 2 : 1);
	const pairs: [number, number][] = [];
	const n = ti.length;
	const m = rj.length;
	if ((n + 1) * (m + 1) > TABLE_LIMIT) {
		let b = 0;
		for (let a = 0; a < n && b < m; a++) {
			for (let c = b; c < Math.min(m, b + WINDOW); c++) {
				if (!fits(a, c)) continue;
				pairs.push([ti[a], rj[c]]);
				b = c + 1;
				break;
			}
		}
		return pairs;
	}
	const width = m + 1;
	const best = new Int32Array((n + 1) * width);
	for (let a = n - 1; a >= 0; a--) {
		for (let b = m - 1; b >= 0; b--) {
			const skip = Math.max(best[(a + 1) * width + b], best[a * width + b + 1]);
			const take = fits(a, b) ? weight(a) + best[(a + 1) * width + b + 1] : 0;
			best[a * width + b] = Math.max(skip, take);
		}
	}
	// Of equally good pairings, take the latest report line for each template line, so a line of
	// notes that repeats the template's next line is read as notes.
	for (let a = 0, b = 0; a < n && b < m;) {
		const here = best[a * width + b];
		if (best[a * width + b + 1] === here) b++;
		else if (fits(a, b) && here === weight(a) + best[(a + 1) * width + b + 1]) {
			pairs.push([ti[a], rj[b]]);
			a++;
			b++;
		} else a++;
	}
	return pairs;
}
