// The shape of a template for its preview: sections with their tasks, nested as in the Markdown,
// without the fields, tables and commands a deployment fills in.
import type { Block, Checklist, Inline, Section, Task } from '$lib/checklist/model';

/** A task and its sub-tasks. */
export interface OutlineTask {
	id: string;
	inline: Inline[];
	children: OutlineTask[];
}

/** A section, its own tasks and its subsections. */
export interface OutlineSection {
	id: string;
	inline: Inline[];
	tasks: OutlineTask[];
	sections: OutlineSection[];
}

/** The tasks in blocks, nested as written; tasks under plain bullets or quotes join this level. */
function tasksIn(blocks: readonly Block[]): OutlineTask[] {
	const found: OutlineTask[] = [];
	for (const block of blocks) {
		if (block.kind === 'quote') found.push(...tasksIn(block.blocks));
		if (block.kind !== 'list') continue;
		for (const item of block.items) {
			if (item.kind === 'task') found.push(taskOf(item));
			else if (item.kind === 'text') found.push(...tasksIn(item.blocks));
		}
	}
	return found;
}

function taskOf(task: Task): OutlineTask {
	return {
		id: task.id,
		inline: task.inline,
		children: [...task.children.map(taskOf), ...tasksIn(task.blocks)]
	};
}

function sectionOf(section: Section): OutlineSection {
	return {
		id: section.id,
		inline: section.inline,
		tasks: tasksIn(section.blocks),
		sections: section.sections.map(sectionOf)
	};
}

/** A template's tasks before its first heading, and its sections. */
export function outlineOf(model: Checklist): { tasks: OutlineTask[]; sections: OutlineSection[] } {
	return { tasks: tasksIn(model.blocks), sections: model.sections.map(sectionOf) };
}
