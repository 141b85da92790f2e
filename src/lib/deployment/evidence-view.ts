// Views of a run's evidence: the newest per item, the batches, and what changed since before.
import type { EvidenceRecord } from '$lib/db';

/** The newest evidence for each item id (evidence must be oldest first). */
export function latestByItem(evidence: readonly EvidenceRecord[]): Map<string, EvidenceRecord> {
	const latest = new Map<string, EvidenceRecord>();
	for (const e of evidence) for (const id of e.itemIds) latest.set(id, e);
	return latest;
}

/** The newest batch with a source that `matches`, oldest first. */
export function latestBatch(
	evidence: readonly EvidenceRecord[],
	matches: (source: string) => boolean
): EvidenceRecord[] {
	const last = evidence.findLast((e) => matches(e.source));
	return last ? evidence.filter((e) => e.batch === last.batch) : [];
}

/** The evidence with the same source and key from before `record`, if any. */
export function previousOf(
	evidence: readonly EvidenceRecord[],
	record: EvidenceRecord
): EvidenceRecord | null {
	return (
		evidence.findLast(
			(e) =>
				e.source === record.source &&
				e.key === record.key &&
				e.batch !== record.batch &&
				e.at <= record.at
		) ?? null
	);
}
