// Visits the parts of a checklist model in document order.
import type { Block, Checklist, Field, Fillable, Section, Task } from './model.ts';

/** Calls `visit` for every block, depth first, including blocks nested in lists and quotes. */
export function eachBlock(
	blocks: Block[],
	sections: Section[],
	visit: (block: Block) => void
): void {
	const walkBlocks = (list: Block[]) => {
		for (const block of list) {
			visit(block);
			if (block.kind === 'quote') walkBlocks(block.blocks);
			if (block.kind === 'list')
				for (const item of block.items)
					if (item.kind === 'task' || item.kind === 'text') walkItem(item);
		}
	};
	const walkItem = (item: Task | { kind: 'text'; blocks: Block[] }) => {
		walkBlocks(item.blocks);
		if (item.kind === 'task') for (const child of item.children) walkItem(child);
	};
	const walkSections = (list: Section[]) => {
		for (const section of list) {
			walkBlocks(section.blocks);
			walkSections(section.sections);
		}
	};
	walkBlocks(blocks);
	walkSections(sections);
}

/** Every task, parents before their children, in document order. */
export function allTasks(checklist: Pick<Checklist, 'blocks' | 'sections'>): Task[] {
	const tasks: Task[] = [];
	const add = (task: Task) => {
		tasks.push(task);
		task.children.forEach(add);
	};
	eachBlock(checklist.blocks, checklist.sections, (block) => {
		if (block.kind === 'list') for (const item of block.items) if (item.kind === 'task') add(item);
	});
	return tasks;
}

/** Every item that holds a value in a run, in document order. */
export function allFillables(checklist: Pick<Checklist, 'blocks' | 'sections'>): Fillable[] {
	const items: Fillable[] = [];
	const addTask = (task: Task) => {
		items.push(task);
		task.children.forEach(addTask);
	};
	eachBlock(checklist.blocks, checklist.sections, (block) => {
		if (block.kind === 'list') {
			for (const item of block.items) {
				if (item.kind === 'task') addTask(item);
				else if (item.kind === 'field' || item.kind === 'rating') items.push(item);
			}
		} else if (block.kind === 'lines') {
			for (const line of block.lines)
				if (line.kind === 'field' || line.kind === 'rating') items.push(line);
		} else if (block.kind === 'table') {
			for (const row of block.rows)
				for (const cell of row.cells) if (cell.kind === 'cell') items.push(cell);
		} else if (block.kind === 'notes') {
			items.push(block);
		}
	});
	return items;
}

/** The header fields of a checklist (Date, Deployed By, Version …), in order. */
export function headerFields(checklist: Checklist): Field[] {
	return allFillables(checklist).filter(
		(f): f is Field => f.kind === 'field' && checklist.header.includes(f.id)
	);
}
