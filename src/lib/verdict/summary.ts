// The few figures the deployments list shows for a deployment, so it never reads every entry:
// progress, score, header fields, follow-ups due and the release verdict.
import type { Checklist } from '$lib/checklist/model';
import { progress, score } from '$lib/checklist/scoring';
import { allFillables, headerFields } from '$lib/checklist/walk';
import { waiversOf, type Decisions } from '$lib/record/decisions';
import type { DeploymentSummary } from '$lib/record/stored';
import { exceptions, type Failing } from './exceptions';
import { followUps } from './followups';
import { failingCount, releaseVerdict } from './release';

export type { DeploymentSummary };

/**
 * Summarises a deployment's values and failing evidence; follow-ups fall due from the Date field,
 * else `fallbackDate`. `failing` may be the summary's own stored record of failing items.
 */
export function summarize(
	checklist: Checklist,
	d: Readonly<Decisions>,
	fallbackDate: string,
	failing: Failing | Record<string, 'fail' | 'error'> = new Map()
): DeploymentSummary {
	const failed: Failing =
		failing instanceof Map
			? failing
			: new Map(Object.entries(failing).map(([id, verdict]) => [id, { verdict, summary: '' }]));
	const { values } = d;
	const verdict = releaseVerdict(exceptions(checklist, d, failed), waiversOf(d));
	const p = progress(checklist, values);
	const s = score(checklist, values);
	const header: Record<string, string> = {};
	for (const field of headerFields(checklist)) {
		const value = values[field.id];
		if (typeof value === 'string' && value.trim()) header[field.label] = value;
	}
	return {
		ticked: p.ticked,
		tasks: p.total,
		score: s.total?.value ?? 0,
		scoreMax: s.total?.max ?? 0,
		rated: s.ratings.filter((r) => r.value !== null).length,
		ratings: s.ratings.length,
		threshold: s.threshold?.value ?? null,
		pass: s.pass,
		header,
		followUps: followUps(checklist, values, fallbackDate)
			.filter((f) => f.open > 0)
			.map(({ title, period, due, open }) => ({ title, period, due, open })),
		release: {
			state: verdict.state,
			open: verdict.open.length,
			waived: verdict.waived.length,
			failing: failingCount(verdict)
		},
		failing: Object.fromEntries([...failed].map(([id, f]) => [id, f.verdict]))
	};
}

/**
 * Item ids whose value changes the summary: tasks, ratings and header fields (every
 * not-applicable mark and waiver does too; a signature's binding never does).
 */
export function summaryItemIds(checklist: Checklist): Set<string> {
	const ids = new Set<string>(checklist.header);
	for (const f of allFillables(checklist))
		if (f.kind === 'task' || f.kind === 'rating') ids.add(f.id);
	return ids;
}
