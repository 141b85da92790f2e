// A task marked not applicable in a report: its box stays empty and its line ends with
// ` — **N/A**` or ` — **N/A**: <reason>` (the reason escaped like any value), which the
// importer reads back as the task's `na:` entry.
import { escapeInline } from './escape';

/** What goes at the end of a not-applicable task's line. */
export function naSuffix(reason: string): string {
	return reason.trim() ? ` — **N/A**: ${escapeInline(reason)}` : ' — **N/A**';
}

// Greedy: the last ` — **N/A**` on the line is ours (an escaped reason cannot hold `**`).
const SUFFIX = /^(.*) — \*\*N\/A\*\*(?:: (.*))?$/;

/** A report line without its N/A ending, and the raw reason ('' when none), or null. */
export function splitNa(line: string): { line: string; reason: string } | null {
	const match = SUFFIX.exec(line);
	return match ? { line: match[1], reason: match[2] ?? '' } : null;
}
