import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parseChecklist } from '$lib/checklist/parse';
import { leafSections, outlineOf } from './section-tasks';

const seed = parseChecklist(
	readFileSync(new URL('../templates/production-deployment.md', import.meta.url), 'utf8')
);

it('the outline of the seed has its 13 H2 and 15 H3 sections', () => {
	const outline = outlineOf(seed.sections);
	expect(outline).toHaveLength(13);
	expect(outline.flatMap((s) => outlineOf(s.sections))).toHaveLength(15);
	expect(outline.map((s) => s.title).slice(0, 2)).toEqual([
		'Pre-Deployment Checklist',
		'Deployment Steps'
	]);
});

it('collapsing folds the sections without subsections, never the title', () => {
	const leaves = leafSections(seed.sections);
	const byId = new Map<string, { level: number; sections: unknown[] }>();
	const walk = (list: typeof seed.sections) =>
		list.forEach((s) => {
			byId.set(s.id, s);
			walk(s.sections);
		});
	walk(seed.sections);
	expect(leaves.every((id) => byId.get(id)!.sections.length === 0)).toBe(true);
	expect(leaves.some((id) => byId.get(id)!.level === 1)).toBe(false);
	expect(leaves).toContain(seed.sections[0].sections.find((s) => s.title === 'Documentation')!.id);
});
