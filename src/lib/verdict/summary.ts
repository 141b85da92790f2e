// The few figures the deployments list shows for a run, so it never reads every entry.
import type { Checklist } from '$lib/checklist/model';
import { progress, score, type Values } from '$lib/checklist/scoring';
import { allFillables, headerFields } from '$lib/checklist/walk';
import { followUps } from '$lib/followups/followups';

export interface DeploymentSummary {
	ticked: number;
	tasks: number;
	score: number;
	scoreMax: number;
	rated: number;
	ratings: number;
	threshold: number | null;
	pass: boolean;
	/** Header fields by label, e.g. { Date: '2026-11-26', Version: '1.4.2' }. */
	header: Record<string, string>;
	/** Post-deployment follow-ups still open, with due dates (absent in older summaries). */
	followUps?: { title: string; period: string; due: string; open: number }[];
}

/** Summarises a run's values; follow-ups fall due from the Date field, else `fallbackDate`. */
export function summarize(
	checklist: Checklist,
	values: Values,
	fallbackDate: string
): DeploymentSummary {
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
			.map(({ title, period, due, open }) => ({ title, period, due, open }))
	};
}

/** Item ids whose value changes the summary: tasks, ratings and header fields. */
export function summaryItemIds(checklist: Checklist): Set<string> {
	const ids = new Set<string>(checklist.header);
	for (const f of allFillables(checklist))
		if (f.kind === 'task' || f.kind === 'rating') ids.add(f.id);
	return ids;
}
