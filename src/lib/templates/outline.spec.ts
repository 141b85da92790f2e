import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseChecklist } from '$lib/checklist/parse';
import { outlineOf, type OutlineSection, type OutlineTask } from './outline';

/** Task texts with their sub-tasks, as nested lists of plain text. */
function tasks(list: OutlineTask[]): unknown[] {
	return list.map((t) =>
		t.children.length ? [plain(t.inline), tasks(t.children)] : plain(t.inline)
	);
}
/** Inline content as plain text. */
function plain(inline: OutlineTask['inline']): string {
	return inline
		.map((i) => ('v' in i ? i.v : 'c' in i ? plain(i.c) : ''))
		.join('')
		.trim();
}
/** Section titles with their tasks and subsections. */
function tree(sections: OutlineSection[]): unknown[] {
	return sections.map((s) => ({
		title: plain(s.inline),
		tasks: tasks(s.tasks),
		...(s.sections.length ? { sections: tree(s.sections) } : {})
	}));
}

describe('outlineOf', () => {
	it('keeps sections and tasks nested as written, leaving out what is not a task', () => {
		const model = parseChecklist(
			[
				'- [ ] Before any heading',
				'# Release',
				'**Version**: ____',
				'## Before',
				'- [ ] Tag the **release**',
				'  - [ ] Push the `tag`',
				'- Plain note',
				'  - [ ] Under a plain bullet',
				'> - [ ] Quoted task',
				'```bash',
				'mix test',
				'```',
				'### Deep',
				'1. [ ] Numbered',
				'## After',
				'| Role | Name |',
				'|------|------|',
				'| Owner | |'
			].join('\n')
		);
		const outline = outlineOf(model);
		expect(tasks(outline.tasks)).toEqual(['Before any heading']);
		expect(tree(outline.sections)).toEqual([
			{
				title: 'Release',
				tasks: [],
				sections: [
					{
						title: 'Before',
						tasks: [['Tag the release', ['Push the tag']], 'Under a plain bullet', 'Quoted task'],
						sections: [{ title: 'Deep', tasks: ['Numbered'] }]
					},
					{ title: 'After', tasks: [] }
				]
			}
		]);
	});

	it('holds every task of the built-in checklist once', () => {
		const model = parseChecklist(
			readFileSync(new URL('./production-deployment.md', import.meta.url), 'utf8')
		);
		const count = (list: OutlineTask[]): number =>
			list.reduce((n, t) => n + 1 + count(t.children), 0);
		const all = (sections: OutlineSection[]): number =>
			sections.reduce((n, s) => n + count(s.tasks) + all(s.sections), 0);
		const outline = outlineOf(model);
		expect(count(outline.tasks) + all(outline.sections)).toBe(model.diagnostics.tasks);
		expect(model.diagnostics.tasks).toBe(104);
	});
});
