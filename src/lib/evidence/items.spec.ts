import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseChecklist } from '$lib/checklist/parse';
import { allTasks } from '$lib/checklist/walk';
import { ITEMS } from './finding';
import { resolveItems, taskIndex } from './items';

const model = parseChecklist(
	readFileSync(new URL('../templates/production-deployment.md', import.meta.url), 'utf8')
);
const index = taskIndex(model);

describe('resolveItems', () => {
	it('finds every item the probes and pastes inform in the built-in checklist', () => {
		for (const text of Object.values(ITEMS))
			expect(resolveItems(index, [text]), text).toHaveLength(1);
	});

	it('matches ignoring case and spacing, and drops texts that are not there', () => {
		const [task] = allTasks(model).filter((t) => t.text === ITEMS.healthOk);
		expect(resolveItems(index, ['  health CHECK returns 200 ok ', 'No such item'])).toEqual([
			task.id
		]);
	});
});
