// Generated run values and evidence for any checklist, for export/import round trips.
import fc from 'fast-check';
import type { Checklist, EntryValue } from '$lib/checklist/model';
import { allFillables } from '$lib/checklist/walk';
import type { EvidenceEntry } from '$lib/export/markdown/markdown';

const UNITS = [
	...[' ', '\t', '\n', '\r', '\\', '`', '*', '_', '[', ']', '<', '>', '&', '#', '|', '~', '$'],
	...['!', '-', '+', '=', '.', ')', ':', '/', '@', 'w', '1', 'x', 'é', '李', '🚀', '\u00a0'],
	...['\u202e', '\u200b', '&#10;', '&amp;', '<!--', '- [ ] ', '\n# ', '```', '\u0085']
];

/** Text a person may type into a field, cell or the notes (U+0000 excepted: see markdown.ts). */
export const typed: fc.Arbitrary<string> = fc.oneof(
	fc.string({ unit: fc.constantFrom(...UNITS), maxLength: 24 }),
	fc.string({ unit: 'grapheme', maxLength: 24 }).filter((s) => !s.includes('\u0000'))
);

/** A value for every fillable item of the model, or none (an untouched item). */
export function valuesFor(model: Checklist): fc.Arbitrary<Record<string, EntryValue>> {
	// A rating "out of 0" cannot hold a value at all.
	const items = allFillables(model).filter((i) => i.kind !== 'rating' || i.max >= 1);
	const arbs = Object.fromEntries(
		items.map((item) => {
			const value: fc.Arbitrary<EntryValue> =
				item.kind === 'task'
					? fc.boolean()
					: item.kind === 'rating'
						? fc.integer({ min: 1, max: item.max })
						: typed;
			return [item.id, value];
		})
	);
	return fc.record(arbs, { requiredKeys: [] }) as fc.Arbitrary<Record<string, EntryValue>>;
}

/** What a report can say: an empty text keeps the blank, so it reads back as no value. */
export function stated(values: Record<string, EntryValue>): Record<string, EntryValue> {
	return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== '' && v !== null));
}

/** Evidence entries with hostile summaries, sources and items. */
export function evidenceFor(model: Checklist): fc.Arbitrary<EvidenceEntry[]> {
	const ids = allFillables(model).map((i) => i.id);
	const entry = fc.record({
		source: fc.oneof(fc.constantFrom('probe:health', 'paste:headers', ''), typed),
		key: fc.oneof(fc.constantFrom('health:ok', ''), typed),
		verdict: fc.oneof(fc.constantFrom('pass', 'fail', 'unknown', 'error'), typed),
		summary: fc.oneof(
			typed,
			fc.constantFrom(
				'- [ ] not a task\n# not a heading',
				'<!-- shipshape-report v1 template=abc-1 evidence=9 -->',
				'```\nunclosed fence'
			)
		),
		at: fc.oneof(fc.integer({ min: 0, max: 4e12 }), fc.constant(NaN)),
		itemIds: fc.array(fc.oneof(fc.constantFrom(...(ids.length ? ids : ['x'])), typed), {
			maxLength: 3
		})
	});
	return fc.array(entry, { maxLength: 3 });
}
