// The "Evidence" appendix of an exported report: each probe result and pasted output with its
// verdict, time, source, the items it informs and its summary, as a GFM list.
import { verdictWords } from '$lib/evidence/finding';
import { escapeInline, escapeLines } from './escape';

/** One piece of evidence as the export needs it. */
export interface EvidenceEntry {
	source: string;
	key: string;
	verdict: string;
	summary: string;
	at: number;
	itemIds: string[];
}

/** The appendix, starting with its `## Evidence` heading; `itemText` names an item by id. */
export function evidenceAppendix(
	entries: readonly EvidenceEntry[],
	itemText: (id: string) => string
): string {
	const lines = ['## Evidence', ''];
	for (const entry of entries) {
		const verdict = verdictWords(entry.verdict) ?? escapeInline(entry.verdict || 'No verdict');
		const key = entry.key && entry.key !== entry.source ? ` (${entry.key})` : '';
		const source = escapeInline(`${entry.source || 'unknown source'}${key}`);
		lines.push(`- **${verdict}** at ${isoTime(entry.at)} from ${source}`);
		if (entry.itemIds.length) {
			lines.push('  - Informs:');
			for (const id of entry.itemIds) lines.push(`    - ${escapeLines(itemText(id), '      ')}`);
		}
		if (entry.summary) lines.push(`  - Summary: ${escapeLines(entry.summary, '    ')}`);
	}
	return lines.join('\n');
}

/** ISO 8601 in UTC, or words when the time is not a valid date. */
export function isoTime(at: number): string {
	const date = new Date(at);
	return Number.isFinite(date.getTime()) ? date.toISOString() : 'an unknown time';
}
