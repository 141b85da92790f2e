// The endings a report adds to a task's line, which the importer strips before lining the line
// up with its template: a task marked not applicable keeps an empty box and ends with
// ` — **N/A**` or ` — **N/A**: <reason>` (escaped like any value), read back as its `na:` entry;
// a partly done parent ends with ` — 2/3 done`, as the page shows it.
import { escapeInline } from './escape';

/** What goes at the end of a not-applicable task's line. */
export function naSuffix(reason: string): string {
	return reason !== '' ? ` — **N/A**: ${escapeInline(reason)}` : ' — **N/A**';
}

/** What goes at the end of a partly done parent's line. */
export function partSuffix(done: number, total: number): string {
	return ` — ${done}/${total} done`;
}

// Greedy: the last ` — **N/A**` on the line is ours (an escaped reason cannot hold `**`).
const NA = /^(.*) — \*\*N\/A\*\*(?:: (.*))?$/;
const PART = /^(.*) — \d+\/\d+ done$/;

/** A task line without the ending a report added, and the raw N/A reason if it was one. */
export function splitEnding(line: string): { line: string; na: string | null } | null {
	const part = PART.exec(line);
	if (part) return { line: part[1], na: null };
	const na = NA.exec(line);
	return na ? { line: na[1], na: na[2] ?? '' } : null;
}
