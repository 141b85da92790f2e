// Walks a checklist's sections in document order and sorts what the report shows: tasks, fields
// and commands stay in their section; fill-in contact lists, notes and the sign-off table go to
// their own parts of the report.
import { plainText } from '$lib/checklist/inline';
import type { Block, Checklist, ListEntry, Section, Task } from '$lib/checklist/model';
import type { Verdict } from '$lib/evidence/finding';
import { notApplicable, type Decisions } from '$lib/record/decisions';
import { parentProgress } from '$lib/verdict/parent-progress';
import type { LabelValue, ReportSection, SectionEntry } from './report-types.ts';
import { text, textParts } from './text-parts.ts';

/** What the walk needs besides the checklist. */
export interface WalkContext {
	decisions: Decisions;
	header: ReadonlySet<string>;
	tickedAt: (id: string) => string | null;
	verdict: (id: string) => Verdict | null;
	/** The command as run (placeholders filled), or null to leave commands out. */
	command: ((code: string) => string) | null;
	/** A task's text with the placeholders it names filled (the target-naming tasks). */
	fill: (text: string) => string;
}

export type TableBlock = Extract<Block, { kind: 'table' }>;

export interface Walked {
	sections: ReportSection[];
	contacts: { title: string; entries: LabelValue[] }[];
	notes: { label: string; text: string }[];
	signoff: { title: string; table: TableBlock } | null;
}

/** Sorts a checklist's content into the parts of the report. */
export function walkSections(
	checklist: Pick<Checklist, 'blocks' | 'sections'>,
	ctx: WalkContext
): Walked {
	const out: Walked = { sections: [], contacts: [], notes: [], signoff: null };
	// Content before the first heading: a section without a title.
	const top = { id: '', level: 2, title: '', inline: [], blocks: checklist.blocks, sections: [] };
	const topEntries: SectionEntry[] = [];
	walkBlocks(top.blocks, top, topEntries, out, ctx);
	if (topEntries.length) out.sections.push({ id: '', level: 2, title: '', entries: topEntries });
	const visit = (section: Section) => {
		const entries: SectionEntry[] = [];
		walkBlocks(section.blocks, section, entries, out, ctx);
		const at = out.sections.length;
		section.sections.forEach(visit);
		// A heading is shown when it has entries, or (below the title level) when a subsection has.
		const nested = section.level > 1 && out.sections.length > at;
		if (entries.length || nested)
			out.sections.splice(at, 0, {
				id: section.id,
				level: section.level,
				title: section.title,
				entries
			});
	};
	checklist.sections.forEach(visit);
	return out;
}

function walkBlocks(
	blocks: Block[],
	section: Section,
	entries: SectionEntry[],
	out: Walked,
	ctx: WalkContext
): void {
	let lead: string | null = null;
	for (const block of blocks) {
		if (block.kind === 'code' && ctx.command)
			entries.push({ kind: 'command', label: lead, code: ctx.command(block.code) });
		else if (block.kind === 'list') {
			for (const item of block.items) if (item.kind === 'task') addTask(item, 0);
			// A list of fill-in blanks (`- **On-Call Engineer**: ____`) is a contact list.
			if (block.items.some((i) => i.kind === 'field'))
				out.contacts.push({ title: section.title, entries: block.items.flatMap(contactOf(ctx)) });
		} else if (block.kind === 'lines') {
			for (const line of block.lines)
				if (line.kind === 'field' && !ctx.header.has(line.id))
					entries.push({
						kind: 'field',
						label: line.label,
						value: text(ctx.decisions.values[line.id])
					});
		} else if (block.kind === 'notes')
			out.notes.push({ label: block.label, text: text(ctx.decisions.values[block.id]) });
		else if (block.kind === 'table' && block.signoff)
			out.signoff ??= { title: section.title, table: block };
		else if (block.kind === 'quote') walkBlocks(block.blocks, section, entries, out, ctx);
		lead = block.kind === 'paragraph' ? plainText(block.inline) || null : null;
	}

	function addTask(task: Task, depth: number) {
		const checked = ctx.decisions.values[task.id] === true;
		const na = notApplicable(ctx.decisions, task.id);
		entries.push({
			kind: 'task',
			id: task.id,
			text: ctx.fill(task.text),
			parts: textParts(task.inline).map((p) => ({ ...p, text: ctx.fill(p.text) })),
			depth,
			checked,
			tickedAt: checked ? ctx.tickedAt(task.id) : null,
			verdict: ctx.verdict(task.id),
			na: na ? na.reason : null,
			progress: checked || na ? null : parentProgress(task, ctx.decisions)
		});
		if (ctx.command)
			for (const b of task.blocks)
				if (b.kind === 'code')
					entries.push({ kind: 'command', label: null, code: ctx.command(b.code) });
		for (const child of task.children) addTask(child, depth + 1);
	}
}

const contactOf =
	(ctx: WalkContext) =>
	(item: ListEntry): LabelValue[] => {
		if (item.kind === 'field')
			return [{ label: item.label, value: text(ctx.decisions.values[item.id]) }];
		if (item.kind !== 'text') return []; // tasks stay in the section, ratings in the score
		const [first, ...rest] = item.inline;
		if (first?.t === 'strong') {
			const value = plainText(rest).replace(/^:\s*/, '');
			return [{ label: plainText(first.c).replace(/:$/, ''), value }];
		}
		return [{ label: '', value: plainText(item.inline) }];
	};
