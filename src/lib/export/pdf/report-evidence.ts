// The evidence part of a report: every probe result and parsed paste in time order (a paste with
// what was pasted, cut to 40 lines), and the count
// of verdicts over the newest result of each check (an older fail fixed since counts as the pass).
import type { EvidenceRecord } from '$lib/db';
import type { Verdict } from '$lib/evidence/finding';
import { cutPasted, firstPaste, sourceWords } from '$lib/export/evidence-words';
import type { ReportEvidence } from './report-types.ts';

/** The fields of an evidence record the report uses. */
export type EvidenceInput = Pick<
	EvidenceRecord,
	'itemIds' | 'source' | 'key' | 'verdict' | 'summary' | 'at'
> &
	Partial<Pick<EvidenceRecord, 'seq' | 'excerpt'>>;

/** Evidence oldest first (ties kept in recorded order). */
export function chronological<T extends EvidenceInput>(evidence: readonly T[]): T[] {
	return [...evidence].sort((a, b) => a.at - b.at || (a.seq ?? 0) - (b.seq ?? 0));
}

/** How many checks ended in each verdict, counting only the newest result per source and key. */
export function verdictCounts(sorted: readonly EvidenceInput[]): Record<Verdict, number> {
	const latest = new Map<string, Verdict>();
	for (const e of sorted) latest.set(`${e.source}\u0000${e.key}`, e.verdict);
	const counts: Record<Verdict, number> = { pass: 0, fail: 0, unknown: 0, error: 0 };
	for (const verdict of latest.values()) counts[verdict] += 1;
	return counts;
}

/** The newest verdict about each item. */
export function verdictByItem(sorted: readonly EvidenceInput[]): Map<string, Verdict> {
	const latest = new Map<string, Verdict>();
	for (const e of sorted) for (const id of e.itemIds) latest.set(id, e.verdict);
	return latest;
}

/** The appendix rows: time, source in words, the items it informs (by task text), verdict, summary. */
export function evidenceRows(
	sorted: readonly EvidenceInput[],
	itemText: (id: string) => string | undefined,
	when: (ms: number) => string
): ReportEvidence[] {
	const showPaste = firstPaste();
	return sorted.map((e) => ({
		at: when(e.at),
		source: sourceWords(e.source),
		items: e.itemIds.flatMap((id) => itemText(id) ?? []),
		verdict: e.verdict,
		summary: e.summary,
		pasted: showPaste(e) ? cutPasted(e.excerpt!) : null
	}));
}
