// What differs between the values a report shows and those its embedded content holds, each
// difference named in words ("“All tests passing (mix test)” is ticked in the report but was
// open when fingerprinted").
import type { Checklist, EntryValue } from '$lib/checklist/model';
import { allFillables } from '$lib/checklist/walk';
import { readWaiver } from '$lib/record/keys';

const WHEN = 'when fingerprinted';

function quote(text: string): string {
	const one = text.replace(/\s+/g, ' ').trim();
	return `“${one.length > 80 ? `${one.slice(0, 79)}…` : one}”`;
}

/** Each difference between `shown` (read from the report) and `expected` (from the content). */
export function differences(
	model: Checklist,
	shown: Readonly<Record<string, EntryValue | undefined>>,
	expected: Readonly<Record<string, EntryValue | undefined>>,
	fill: (text: string) => string = (text) => text
): string[] {
	const names = new Map<string, { name: string; task: boolean }>();
	for (const f of allFillables(model))
		names.set(f.id, { name: f.kind === 'task' ? fill(f.text) : f.label, task: f.kind === 'task' });
	const nameOf = (id: string) => quote(names.get(id)?.name ?? id);
	const ids = [...new Set([...Object.keys(expected), ...Object.keys(shown)])];
	const out: string[] = [];
	for (const id of ids) {
		const a = shown[id];
		const b = expected[id];
		if (a === b || (a == null && b == null)) continue;
		if (id.startsWith('na:')) {
			const task = nameOf(id.slice(3));
			if (typeof b !== 'string')
				out.push(`${task} is marked N/A in the report but was not ${WHEN}.`);
			else if (typeof a !== 'string')
				out.push(`${task} is not marked N/A in the report but was ${WHEN}.`);
			else
				out.push(
					`${task} is N/A in the report because ${quote(a)}, but because ${quote(b)} ${WHEN}.`
				);
		} else if (id.startsWith('waiver:')) {
			const key = id.slice(7);
			const what = names.has(key.slice(key.indexOf(':') + 1))
				? nameOf(key.slice(key.indexOf(':') + 1))
				: quote(key);
			const [x, y] = [readWaiver(a), readWaiver(b)];
			if (!y) out.push(`The report shows a waiver of ${what} that was not there ${WHEN}.`);
			else if (!x) out.push(`The waiver of ${what} is missing from the report.`);
			else
				out.push(
					`The waiver of ${what} reads ${quote(`${x.reason} (${x.by})`)} in the report but ${quote(`${y.reason} (${y.by})`)} ${WHEN}.`
				);
		} else if (names.get(id)?.task) {
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
	return out;
}
