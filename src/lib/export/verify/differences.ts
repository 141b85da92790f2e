// What differs between the decisions a report shows and those its embedded content holds, each
// difference named in words ("“All tests passing (mix test)” is ticked in the report but was
// open when fingerprinted").
import type { Checklist, EntryValue } from '$lib/checklist/model';
import { allFillables } from '$lib/checklist/walk';
import { isWaiver, type Decisions, type Waiver } from '$lib/record/decisions';

const WHEN = 'when fingerprinted';

function quote(text: string): string {
	const one = text.replace(/\s+/g, ' ').trim();
	return `“${one.length > 80 ? `${one.slice(0, 79)}…` : one}”`;
}

/** The keys of two maps, each once, in the order they appear. */
const keysOf = (a: object, b: object) => [...new Set([...Object.keys(b), ...Object.keys(a)])];

/** Each difference between `shown` (read from the report) and `expected` (from the content). */
export function differences(
	model: Checklist,
	shown: Decisions,
	expected: Decisions,
	fill: (text: string) => string = (text) => text
): string[] {
	const names = new Map<string, { name: string; task: boolean }>();
	for (const f of allFillables(model))
		names.set(f.id, { name: f.kind === 'task' ? fill(f.text) : f.label, task: f.kind === 'task' });
	const nameOf = (id: string) => quote(names.get(id)?.name ?? id);
	const out: string[] = [];
	for (const id of keysOf(shown.values, expected.values)) {
		const [a, b] = [shown.values[id], expected.values[id]];
		if (a === b || (a == null && b == null)) continue;
		if (names.get(id)?.task) {
			if (a === undefined) out.push(`${nameOf(id)} is missing from the report.`);
			else
				out.push(
					`${nameOf(id)} is ${a === true ? 'ticked' : 'open'} in the report but was ${b === true ? 'ticked' : 'open'} ${WHEN}.`
				);
		} else {
			const says = (v: EntryValue | undefined) =>
				v == null || v === '' ? 'empty' : quote(String(v));
			out.push(`${nameOf(id)} reads ${says(a)} in the report but ${says(b)} ${WHEN}.`);
		}
	}
	for (const id of keysOf(shown.na, expected.na)) {
		const [a, b] = [shown.na[id], expected.na[id]];
		if (a === b || (a == null && b == null)) continue;
		const task = nameOf(id);
		if (typeof b !== 'string') out.push(`${task} is marked N/A in the report but was not ${WHEN}.`);
		else if (typeof a !== 'string')
			out.push(`${task} is not marked N/A in the report but was ${WHEN}.`);
		else
			out.push(
				`${task} is N/A in the report because ${quote(a)}, but because ${quote(b)} ${WHEN}.`
			);
	}
	for (const key of keysOf(shown.waivers, expected.waivers)) {
		const [x, y] = [shown.waivers[key], expected.waivers[key]].map((w) => (isWaiver(w) ? w : null));
		if (same(x, y)) continue;
		const item = key.slice(key.indexOf(':') + 1);
		const what = names.has(item) ? nameOf(item) : quote(key);
		if (!y) out.push(`The report shows a waiver of ${what} that was not there ${WHEN}.`);
		else if (!x) out.push(`The waiver of ${what} is missing from the report.`);
		else
			out.push(
				`The waiver of ${what} reads ${quote(`${x.reason} (${x.by})`)} in the report but ${quote(`${y.reason} (${y.by})`)} ${WHEN}.`
			);
	}
	return out;
}

function same(a: Waiver | null, b: Waiver | null): boolean {
	if (!a || !b) return a === b;
	return a.reason === b.reason && a.by === b.by && a.at === b.at;
}
