// Not-applicable marks and waivers through a full report (verdict block at the top) and back:
// any reason, any name, on generated checklists and the built-in one.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { readTemplate } from '$lib/checklist/import';
import type { EntryValue } from '$lib/checklist/model';
import { allTasks } from '$lib/checklist/walk';
import {
	builtIn,
	type Template,
	exportValues,
	importValues
} from '$lib/export/markdown/markdown.fixtures';
import { naId, waiverId, writeWaiver } from '$lib/record/content.fixtures';
import { wellFormed } from './checklist-gen';
import { typed, valuesFor } from './values-gen';
import { fuzz, fuzzCounts, limit } from './run';

afterAll(() => console.log(fuzzCounts()));

const generated: fc.Arbitrary<Template> = wellFormed.map((text) => {
	const read = readTemplate(text);
	if (!read.ok) throw new Error(`a well-formed checklist was refused: ${read.error}`);
	return { name: 'generated', source: read.source, model: read.model };
});

/** N/A marks on some tasks and waivers of some exceptions, with hostile reasons and names. */
function decisionsFor(t: Template): fc.Arbitrary<Record<string, EntryValue>> {
	const tasks = allTasks(t.model).map((task) => task.id);
	const said = typed.filter((s) => s.trim() !== '');
	const waiver = fc
		.record({ reason: said, by: said, at: fc.integer({ min: 0, max: 4e12 }) })
		.map(writeWaiver);
	const keys = [...tasks.map((id) => `open:${id}`), ...tasks.map((id) => `failing:${id}`), 'score'];
	return fc
		.tuple(
			fc.dictionary(fc.constantFrom(...(tasks.length ? tasks : ['none'])), typed, { maxKeys: 4 }),
			fc.dictionary(fc.constantFrom(...keys), waiver, { maxKeys: 4 })
		)
		.map(([na, waivers]) => ({
			...Object.fromEntries(Object.entries(na).map(([id, reason]) => [naId(id), reason])),
			...Object.fromEntries(Object.entries(waivers).map(([key, w]) => [waiverId(key), w]))
		}));
}

describe('N/A marks and waivers: export → import round trip', () => {
	it(
		'reads back every N/A reason and waiver exactly, and an N/A task unticked',
		() => {
			const template = fc.oneof({ arbitrary: generated, weight: 3 }, fc.constant(builtIn));
			const cases = template.chain((t) =>
				fc.tuple(fc.constant(t), valuesFor(t.model), decisionsFor(t))
			);
			fuzz(
				'exportMarkdown (verdict block) → importReport: N/A marks and waivers',
				120,
				fc.property(cases, ([t, values, decisions]) => {
					const all = { ...values, ...decisions };
					const report = exportValues({
						...t,
						values: all,
						report: { signoff: null, payload: null }
					});
					const back = importValues(report, t);
					expect(back.problems).toEqual([]);
					const read = Object.fromEntries(
						Object.entries(back.values).filter(([id]) => /^(na|waiver):/.test(id))
					);
					const known = new Set(allTasks(t.model).map((task) => naId(task.id)));
					const expected = Object.fromEntries(
						Object.entries(decisions).filter(([id]) => !id.startsWith('na:') || known.has(id))
					);
					expect(read).toEqual(expected);
					for (const id of Object.keys(expected))
						if (id.startsWith('na:')) expect(back.values[id.slice(3)]).toBe(false);
				})
			);
		},
		limit(60_000)
	);
});
