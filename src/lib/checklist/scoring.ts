// Progress and readiness score of a run, computed from its values.
import type { Block, Checklist, EntryValue, Rating, Threshold, Total } from './model.ts';
import { allTasks, eachBlock } from './walk.ts';

/** A run's values by item id. */
export type Values = Readonly<Record<string, EntryValue | undefined>>;

export interface Score {
	ratings: { id: string; label: string; max: number; value: number | null }[];
	total: { label: string; value: number; max: number } | null;
	threshold: { value: number; max: number } | null;
	/** True only when every category is rated and the total reaches the threshold. */
	pass: boolean;
	/** What is still missing to pass, in words; empty when passing. */
	missing: string[];
}

/** How many tasks are ticked. */
export function progress(checklist: Pick<Checklist, 'blocks' | 'sections'>, values: Values) {
	const tasks = allTasks(checklist);
	return { ticked: tasks.filter((t) => values[t.id] === true).length, total: tasks.length };
}

/** A rating's value, or null when it is unset or out of range. */
export function ratingValue(value: EntryValue | undefined, max: number): number | null {
	return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= max
		? value
		: null;
}

function scoreParts(checklist: Pick<Checklist, 'blocks' | 'sections'>) {
	const ratings: Rating[] = [];
	let total: Total | null = null;
	let threshold: Threshold | null = null;
	eachBlock(checklist.blocks, checklist.sections, (block: Block) => {
		if (block.kind === 'list')
			for (const i of block.items) if (i.kind === 'rating') ratings.push(i);
		if (block.kind === 'lines')
			for (const line of block.lines) {
				if (line.kind === 'rating') ratings.push(line);
				if (line.kind === 'total') total ??= line;
				if (line.kind === 'threshold') threshold ??= line;
			}
	});
	return { ratings, total: total as Total | null, threshold: threshold as Threshold | null };
}

/** The readiness score: each rating, the computed total and the verdict against the threshold. */
export function score(checklist: Pick<Checklist, 'blocks' | 'sections'>, values: Values): Score {
	const parts = scoreParts(checklist);
	const ratings = parts.ratings.map((r) => ({
		id: r.id,
		label: r.label,
		max: r.max,
		value: ratingValue(values[r.id], r.max)
	}));
	const sum = ratings.reduce((s, r) => s + (r.value ?? 0), 0);
	const max = parts.total?.max ?? ratings.reduce((s, r) => s + r.max, 0);
	const total =
		parts.total || ratings.length
			? { label: parts.total?.label ?? 'Total', value: sum, max }
			: null;
	const threshold = parts.threshold
		? { value: parts.threshold.value, max: parts.threshold.max }
		: null;
	const missing: string[] = [];
	const unrated = ratings.filter((r) => r.value === null).map((r) => r.label);
	if (unrated.length) missing.push(`Rate ${listInWords(unrated)}`);
	if (threshold && sum < threshold.value) {
		const need = threshold.value - sum;
		missing.push(`${need} more point${need === 1 ? '' : 's'} needed to reach ${threshold.value}`);
	}
	const pass = ratings.length > 0 && missing.length === 0;
	return { ratings, total, threshold, pass, missing };
}

/** "A", "A and B", "A, B and C". */
export function listInWords(items: readonly string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
