import { describe, expect, it } from 'vitest';
import { parseChecklist } from '$lib/checklist/parse';
import { allTasks } from '$lib/checklist/walk';
import { decisions } from '$lib/record/decisions';
import { openDescendants, parentsOf, tickChanges } from './task-ticks';

const model = parseChecklist(
	'# T\n\n## S\n- [ ] Parent\n  - [ ] A\n  - [ ] B\n    - [ ] B1\n- [ ] Alone\n'
);
const [parent, a, b, b1, alone] = allTasks(model);
const parents = parentsOf(model);
/** Ticks by task id, and tasks not applicable. */
const state = (values: Record<string, boolean>, na: Record<string, string> = {}) =>
	decisions({ values, na });

describe('ticks of parents and children', () => {
	it('ticking the last open child ticks the parent, up the tree', () => {
		const values = { [a.id]: true };
		expect(tickChanges(b1, true, state(values), parents)).toEqual([
			[b1.id, true],
			[b.id, true],
			[parent.id, true]
		]);
	});

	it('a child marked not applicable counts as settled', () => {
		expect(tickChanges(b1, true, state({}, { [a.id]: '' }), parents)).toEqual([
			[b1.id, true],
			[b.id, true],
			[parent.id, true]
		]);
	});

	it('unticking a child unticks its ticked ancestors', () => {
		const values = { [parent.id]: true, [a.id]: true, [b.id]: true, [b1.id]: true };
		expect(tickChanges(b1, false, state(values), parents)).toEqual([
			[b1.id, false],
			[b.id, false],
			[parent.id, false]
		]);
	});

	it('ticking a parent with open children ticks them only when asked to', () => {
		expect(openDescendants(parent, state({ [a.id]: true })).map((t) => t.text)).toEqual([
			'B',
			'B1'
		]);
		expect(tickChanges(parent, true, state({ [a.id]: true }), parents, true)).toEqual([
			[parent.id, true],
			[b.id, true],
			[b1.id, true]
		]);
		expect(tickChanges(parent, true, state({}), parents)).toEqual([[parent.id, true]]);
	});

	it('a task without parent or children changes alone', () => {
		expect(tickChanges(alone, true, state({}), parents)).toEqual([[alone.id, true]]);
	});
});
