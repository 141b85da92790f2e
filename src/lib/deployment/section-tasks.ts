// Which tasks each section holds (its own and its subsections'), for per-section progress.
import type { Checklist, Section, Task } from '$lib/checklist/model';
import { allFillables, allTasks } from '$lib/checklist/walk';

/** Task ids under each section id. */
export function tasksBySection(checklist: Checklist | null): Map<string, string[]> {
	const map = new Map<string, string[]>();
	if (!checklist) return map;
	const visit = (section: Section): string[] => {
		const own = allTasks({ blocks: section.blocks, sections: [] }).map((t: Task) => t.id);
		const all = [...own, ...section.sections.flatMap(visit)];
		map.set(section.id, all);
		return all;
	};
	checklist.sections.forEach(visit);
	return map;
}

/** The id of the innermost section holding a task with one of these texts, or null. */
export function sectionOfTask(checklist: Checklist, texts: readonly string[]): string | null {
	const wanted = new Set(texts.map((t) => t.toLowerCase()));
	const visit = (sections: Section[]): string | null => {
		for (const section of sections) {
			const inner = visit(section.sections);
			if (inner) return inner;
			const own = allTasks({ blocks: section.blocks, sections: [] });
			if (own.some((t) => wanted.has(t.text.toLowerCase()))) return section.id;
		}
		return null;
	};
	return visit(checklist.sections);
}

/** The section ids (outermost first) around each item and section of a checklist. */
export function sectionPaths(checklist: Pick<Checklist, 'sections'>): Map<string, string[]> {
	const paths = new Map<string, string[]>();
	const visit = (sections: Section[], above: string[]) => {
		for (const section of sections) {
			const path = [...above, section.id];
			paths.set(section.id, path);
			for (const item of allFillables({ blocks: section.blocks, sections: [] }))
				paths.set(item.id, path);
			visit(section.sections, path);
		}
	};
	visit(checklist.sections, []);
	return paths;
}

/** The ids of the sections below the title that have no subsections, in document order. */
export function leafSections(sections: readonly Section[]): string[] {
	return sections.flatMap((s) =>
		s.sections.length ? leafSections(s.sections) : s.level > 1 ? [s.id] : []
	);
}

/** The sections an outline lists: headings of level 2 and 3, as a tree. */
export function outlineOf(sections: readonly Section[]): Section[] {
	return sections.flatMap((s) => (s.level < 2 ? outlineOf(s.sections) : s.level <= 3 ? [s] : []));
}
