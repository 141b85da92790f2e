// Whether a report line fits a template line: a line that holds slots (a task mark, a blank,
// table cells) fits a report line with the same text around the slots, and yields each slot's raw
// text; any other line fits the same text. A task line may end with a report's ending (na.ts:
// N/A, a parent's progress); a command or task line may have its placeholders filled (fill.ts):
// such a line fits in either form.
import { splitEnding } from './na';
import type { TemplateLine } from './report-import-lines';

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

/** One form of the template line (as written, or filled) against the report line. */
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
