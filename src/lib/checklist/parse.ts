// Markdown → checklist model, read by a real CommonMark/GFM parser (mdast + micromark).
// This module pulls in the parser (~24 KB gzip): import it only where Markdown is read.
import type { Heading, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { toBlocks } from './blocks.ts';
import type { Context } from './context.ts';
import { frontmatterVariables } from './frontmatter.ts';
import { IdAllocator } from './ids.ts';
import { labelKey, plainText, toInline, type Definitions } from './inline.ts';
import type { Block, Checklist, Diagnostics, Inline, Section } from './model.ts';
import { scanTree, type Scan } from './scan.ts';
import { normalizeSource } from './source.ts';
import { eachBlock } from './walk.ts';

/** Parses Markdown into the root syntax tree (GFM + YAML front matter). */
export function parseMarkdownTree(source: string): Root {
	return fromMarkdown(source, {
		extensions: [gfm(), frontmatter(['yaml'])],
		mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml'])]
	});
}

function emptyDiagnostics(): Diagnostics {
	return {
		tasks: 0,
		nestedTasks: 0,
		sections: 0,
		headings: [0, 0, 0, 0, 0, 0],
		commands: 0,
		fields: 0,
		ratings: 0,
		tables: 0,
		leftOut: { tocLinks: 0, htmlComments: 0, html: 0, definitions: 0 }
	};
}

/**
 * Reads a checklist. The source must already be normalised (see `normalizeSource`); every
 * offset in the result points into it.
 */
export function parseChecklist(source: string): Checklist {
	return readChecklist(source).model;
}

/** Like parseChecklist, also giving back the syntax tree it read (so callers need not re-parse). */
export function readChecklist(source: string): { model: Checklist; tree: Root } {
	if (source !== normalizeSource(source)) throw new Error('parseChecklist needs normalised source');
	const tree = parseMarkdownTree(source);
	const defs: Definitions = new Map();
	for (const node of tree.children)
		if (node.type === 'definition') defs.set(labelKey(node.identifier), node);
	const diagnostics = emptyDiagnostics();
	const ctx: Context = { source, defs, ids: new IdAllocator(), diagnostics, path: [] };

	let frontmatterText: string | null = null;
	const preamble: RootContent[] = [];
	const sections: Section[] = [];
	const stack: Open[] = [];
	const close = (open: Open) => {
		const path = stack.map((s) => s.section.title);
		open.section.blocks.push(...sectionBlocks(open, { ...ctx, path }));
	};

	for (const node of tree.children) {
		if (node.type === 'yaml') {
			frontmatterText ??= node.value;
		} else if (node.type === 'heading') {
			if (stack.length) close(stack[stack.length - 1]);
			while (stack.length && stack[stack.length - 1].section.level >= node.depth) stack.pop();
			const section = newSection(
				node,
				ctx,
				stack.map((s) => s.section.title)
			);
			(stack.length ? stack[stack.length - 1].section.sections : sections).push(section);
			stack.push({ section, heading: node, pending: [] });
		} else if (stack.length === 0) {
			preamble.push(node);
		} else {
			stack[stack.length - 1].pending.push(node);
		}
	}
	if (stack.length) close(stack[stack.length - 1]);
	const blocks = toBlocks(preamble, ctx);
	resolveScores(blocks, sections, diagnostics);

	const declared = frontmatterVariables(frontmatterText);
	const scan = scanTree(tree);
	diagnostics.leftOut.htmlComments += scan.inlineComments;
	const problems = [...declared.problems, ...scanProblems(scan)];
	if (problems.length) diagnostics.problems = problems;
	const model: Checklist = {
		format: 1,
		title: titleOf(sections),
		frontmatter: frontmatterText,
		blocks,
		sections,
		header: headerFields(blocks, sections),
		...(declared.variables.length ? { variables: declared.variables } : {}),
		diagnostics
	};
	return { model, tree };
}

/** Problems found by the tree scan, in words. */
function scanProblems(scan: Scan): string[] {
	const n = scan.nearTasks.length;
	if (n === 0) return [];
	const what = n === 1 ? '1 line looks like a task' : `${n} lines look like tasks`;
	return [
		`${what} but GitHub shows no checkbox for ${n === 1 ? 'it' : 'them'} ` +
			`(“${scan.nearTasks[0].slice(0, 60)}”): write \`- [ ] text\`, with a space after the ` +
			`bullet and after the brackets.`
	];
}

function newSection(node: Heading, ctx: Context, path: string[]): Section {
	const inline = toInline(node.children, ctx.defs);
	const title = plainText(inline);
	ctx.diagnostics.sections++;
	ctx.diagnostics.headings[node.depth - 1]++;
	const id = ctx.ids.id('sec', path, title);
	return { id, level: node.depth, title, inline, blocks: [], sections: [] };
}

function titleOf(sections: Section[]): string {
	const h1 = sections.find((s) => s.level === 1) ?? sections[0];
	return h1?.title || 'Untitled checklist';
}

/** A section being read: its heading and the nodes under it so far. */
interface Open {
	section: Section;
	heading: Heading;
	pending: RootContent[];
}

const NOTES_TITLE = /^(deployment\s+)?(notes?|remarks|comments)$/i;

/**
 * A section's blocks. In a "Notes" section the leading paragraphs become the hint of a
 * free-text notes field, written back right after them on export.
 */
function sectionBlocks(open: Open, ctx: Context): Block[] {
	const { section, heading, pending } = open;
	const fillable = pending.some((p) => p.type === 'list' || p.type === 'table');
	if (!NOTES_TITLE.test(section.title) || fillable) return toBlocks(pending, ctx);
	const hint: Inline[] = [];
	const rest: Block[] = [];
	let insertAt = heading.position?.end.offset ?? ctx.source.length;
	for (const node of pending) {
		const converted = toBlocks([node], ctx);
		const first = converted[0];
		if (rest.length === 0 && node.type === 'paragraph' && first?.kind === 'paragraph') {
			if (hint.length) hint.push({ t: 'br' });
			hint.push(...first.inline);
			insertAt = node.position?.end.offset ?? insertAt;
		} else {
			rest.push(...converted);
		}
	}
	const id = ctx.ids.id('notes', ctx.path.slice(0, -1), section.title);
	return [{ kind: 'notes', id, label: section.title, hint, insertAt }, ...rest];
}

/** With no ratings to add up, a `____ / N` score line is itself a rating. */
function resolveScores(blocks: Block[], sections: Section[], diagnostics: Diagnostics): void {
	let ratings = 0;
	eachBlock(blocks, sections, (b) => {
		if (b.kind === 'list') ratings += b.items.filter((i) => i.kind === 'rating').length;
	});
	if (ratings > 0) return;
	eachBlock(blocks, sections, (b) => {
		if (b.kind !== 'lines') return;
		b.lines = b.lines.map((l) => {
			if (l.kind !== 'total') return l;
			diagnostics.ratings++;
			return { ...l, kind: 'rating' };
		});
	});
}

/** The fields that describe the deployment: those before the first subsection's content. */
function headerFields(blocks: Block[], sections: Section[]): string[] {
	const top = sections.length === 1 ? [...blocks, ...sections[0].blocks] : blocks;
	return top.flatMap((b) =>
		b.kind === 'lines' ? b.lines.filter((l) => l.kind === 'field').map((l) => l.id) : []
	);
}
