// The few figures the deployments list shows for a run, so it never reads every entry.
import type { Checklist, Field } from './model.ts';
import { progress, score, type Values } from './scoring.ts';
import { allFillables } from './walk.ts';

export interface RunSummary {
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
}

/** The header fields of a checklist, in order. */
export function headerFields(checklist: Checklist): Field[] {
	return allFillables(checklist).filter(
		(f): f is Field => f.kind === 'field' && checklist.header.includes(f.id)
	);
}

/** Summarises a run's values. */
export function summarize(checklist: Checklist, values: Values): RunSummary {
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
		header
	};
}

/** Item ids whose value changes the summary: tasks, ratings and header fields. */
export function summaryItemIds(checklist: Checklist): Set<string> {
	const ids = new Set<string>(checklist.header);
	for (const f of allFillables(checklist))
		if (f.kind === 'task' || f.kind === 'rating') ids.add(f.id);
	return ids;
}
