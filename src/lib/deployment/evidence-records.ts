// Turns findings from one probe run or paste into the evidence records stored for them.
import type { NewEvidence } from '$lib/db';
import type { Finding } from '$lib/evidence/finding';
import { resolveItems } from '$lib/evidence/items';

/** Findings from one source (a probe or a pasted output), with what was seen. */
export interface EvidenceGroup {
	source: string;
	findings: Finding[];
	excerpt: string;
	data: Record<string, unknown> | null;
}

/** One record per finding, on the items its task texts name in this checklist. */
export function evidenceRecords(
	tasks: Map<string, string[]>,
	batch: string,
	groups: EvidenceGroup[],
	at: number
): NewEvidence[] {
	return groups.flatMap((g) =>
		g.findings.map((f) => ({
			itemIds: resolveItems(tasks, f.items),
			source: g.source,
			key: f.key,
			batch,
			verdict: f.verdict,
			summary: f.summary,
			details: f.details ?? [],
			next: f.next ?? '',
			excerpt: g.excerpt,
			data: g.data,
			at
		}))
	);
}
