// The "Evidence" appendix of an exported report: each probe result and pasted output with its
// verdict, local time with its zone, its source and finding in words, the items it informs, and
// a person's pasted output (cut to 40 lines, once per paste) in a code block, as a GFM list.
import { verdictWords } from '$lib/evidence/finding';
import { cutPasted, cutWords, evidenceWords, firstPaste } from '$lib/export/evidence-words';
import { formatWithZone } from '$lib/util/dates';
import { escapeInline, escapeLines } from './escape';

/** One piece of evidence as the export needs it. */
export interface EvidenceEntry {
	source: string;
	key: string;
	verdict: string;
	summary: string;
	at: number;
	itemIds: string[];
	/** For pasted output (`paste:*`): what the person pasted, trimmed and redacted. */
	excerpt?: string;
}

/** The appendix, starting with its `## Evidence` heading; `itemText` names an item by id. */
export function evidenceAppendix(
	entries: readonly EvidenceEntry[],
	itemText: (id: string) => string
): string {
	const lines = ['## Evidence', ''];
	const showPaste = firstPaste();
	for (const entry of entries) {
		const verdict = verdictWords(entry.verdict) ?? escapeInline(entry.verdict || 'No verdict');
		const words = escapeLines(evidenceWords(entry), '  ');
		lines.push(`- **${verdict}** at ${formatWithZone(entry.at)} — ${words}`);
		if (entry.itemIds.length) {
			lines.push('  - Informs:');
			for (const id of entry.itemIds) lines.push(`    - ${escapeLines(itemText(id), '      ')}`);
		}
		if (showPaste(entry)) lines.push(...pasted(entry.excerpt!));
	}
	return lines.join('\n');
}

/** A person's pasted output as a code block inside the list item, cut to 40 lines. */
function pasted(excerpt: string): string[] {
	const text = excerpt.replace(/\r\n?/g, '\n').replaceAll('\u0000', '\uFFFD');
	const { lines, cut } = cutPasted(text);
	const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
	const fence = '`'.repeat(Math.max(3, longest + 1));
	const out = ['  - Pasted output:', '', `    ${fence}text`];
	for (const line of lines) out.push(line ? `    ${line}` : '');
	out.push(`    ${fence}`);
	if (cut) out.push('', `    ${cutWords(cut)}`);
	return out;
}
