// The release gate: the tasks that must be done (or not applicable) before sign-off. They are
// the tasks before the template's sign-off table; tasks after it (the post-deployment sections)
// are follow-ups and never block. A template without a sign-off table is all gate.
import type { Block, Checklist, Section, Task } from '$lib/checklist/model';

/** Gate tasks (parents before children, document order) and follow-up task ids. */
export interface Gate {
	tasks: Task[];
	followUps: Set<string>;
}

/** Splits a checklist's tasks at its sign-off table. */
export function releaseGate(checklist: Pick<Checklist, 'blocks' | 'sections'>): Gate {
	const gate: Task[] = [];
	const followUps = new Set<string>();
	let afterSignoff = false;
	const addTask = (task: Task) => {
		if (afterSignoff) followUps.add(task.id);
		else gate.push(task);
		task.children.forEach(addTask);
	};
	const walkBlocks = (blocks: Block[]) => {
		for (const block of blocks) {
			if (block.kind === 'table' && block.signoff) afterSignoff = true;
			if (block.kind === 'quote') walkBlocks(block.blocks);
			if (block.kind === 'list')
				for (const item of block.items) {
					if (item.kind === 'task') addTask(item);
					if (item.kind === 'text') walkBlocks(item.blocks);
				}
		}
	};
	const walkSections = (sections: Section[]) => {
		for (const section of sections) {
			walkBlocks(section.blocks);
			walkSections(section.sections);
		}
	};
	walkBlocks(checklist.blocks);
	walkSections(checklist.sections);
	return { tasks: gate, followUps };
}

/**
 * The next gate task after `current` (in document order) that is neither ticked nor not
 * applicable, wrapping round to the first; null when none is open. Without `current`, the first.
 */
export function nextOpenTask(
	gate: readonly Task[],
	isOpen: (task: Task) => boolean,
	current: string | null
): Task | null {
	const from = current === null ? -1 : gate.findIndex((t) => t.id === current);
	for (let step = 1; step <= gate.length; step++) {
		const task = gate[(from + step + gate.length) % gate.length];
		if (isOpen(task)) return task;
	}
	return null;
}
