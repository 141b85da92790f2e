import { describe, expect, it } from 'vitest';
import { parseChecklist } from '$lib/checklist/parse';
import { allTasks } from '$lib/checklist/walk';
import { naId } from '$lib/record/keys';
import { openDescendants, parentsOf, tickChanges } from './task-ticks';

const model = parseChecklist(
	'# T\n\n## S\n- [ ] Parent\n  - [ ] A\n  - [ ] B\n    - [ ] B1\n- [ ] Alone\n'
);
const [parent, a, b, b1, alone] = allTasks(model);
const parents = parentsOf(model);

describe('ticks of parents and children', () => {
	it('ticking the last open child ticks the parent, up the tree', () => {
		const values = { [a.id]: true };
		expect(tickChanges(b1, true, values, parents)).toEqual([
			[b1.id, true],
			[b.id, true],
			[parent.id, true]
		]);
	});

	it('a child marked not applicable counts as settled', () => {
		const values = { [naId(a.id)]: '' };
		expect(tickChanges(b1, true, values, parents)).toEqual([
			[b1.id, true],
			[b.id, true],
			[parent.id, true]
		]);
	});

	it('unticking a child unticks its ticked ancestors', () => {
		const values = { [parent.id]: true, [a.id]: true, [b.id]: true, [b1.id]: true };
		expect(tickChanges(b1, false, values, parents)).toEqual([
			[b1.id, false],
			[b.id, false],
			[parent.id, false]
		]);
	});

	it('ticking a parent with open children ticks them only when asked to', () => {
		expect(openDescendants(parent, { [a.id]: true }).map((t) => t.text)).toEqual(['B', 'B1']);
		expect(tickChanges(parent, true, { [a.id]: true }, parents, true)).toEqual([
			[parent.id, true],
			[b.id, true],
			[b1.id, true]
		]);
		expect(tickChanges(parent, true, {}, parents)).toEqual([[parent.id, true]]);
	});

	it('a task without parent or children changes alone', () => {
		expect(tickChanges(alone, true, {}, parents)).toEqual([[alone.id, true]]);
	});
});
