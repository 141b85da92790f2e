// Converts mdast block content (everything but headings) into model blocks.
import type { BlockContent, DefinitionContent, List, ListItem, RootContent } from 'mdast';
import type { Context } from './context.ts';
import { plainText, toInline } from './inline.ts';
import { isDateLabel, isThresholdLabel, readLine, splitLines, type LineShape } from './lines.ts';
import type { Block, Line, ListEntry, Task } from './model.ts';
import { table } from './tables.ts';

type Node = RootContent | BlockContent | DefinitionContent;

/** Converts a run of sibling block nodes. */
export function toBlocks(nodes: readonly Node[], ctx: Context): Block[] {
	const blocks: Block[] = [];
	for (const node of nodes) blocks.push(...toBlock(node, ctx));
	return blocks;
}

function toBlock(node: Node, ctx: Context): Block[] {
	const left = ctx.diagnostics.leftOut;
	switch (node.type) {
		case 'paragraph':
			return [paragraph(node.children, ctx)];
		case 'heading':
			// Only reached inside quotes and list items: shown as bold text.
			return [
				{ kind: 'paragraph', inline: [{ t: 'strong', c: toInline(node.children, ctx.defs) }] }
			];
		case 'thematicBreak':
			return [{ kind: 'rule' }];
		case 'code': {
			ctx.diagnostics.commands++;
			const expected = node.value
				.split('\n')
				.map((line) => /^\s*#\s*Expected:\s?(.*)$/i.exec(line)?.[1])
				.filter((line): line is string => line !== undefined);
			const id = ctx.ids.id('cmd', ctx.path, node.value);
			return [{ kind: 'code', id, lang: node.lang ?? '', code: node.value, expected }];
		}
		case 'list': {
			const links = tocLinks(node);
			if (links > 0) {
				left.tocLinks += links;
				return [];
			}
			return [list(node, ctx, false)];
		}
		case 'table':
			return [table(node, ctx)];
		case 'blockquote':
			return [quote(node.children, ctx)];
		case 'html':
			if (node.value.trimStart().startsWith('<!--')) {
				left.htmlComments++;
				return [];
			}
			left.html++;
			return [{ kind: 'paragraph', inline: [{ t: 'code', v: node.value }] }];
		case 'definition':
			left.definitions++;
			return [];
		case 'footnoteDefinition':
			return toBlocks(node.children, ctx);
		default:
			return [];
	}
}

function paragraph(children: Parameters<typeof splitLines>[0], ctx: Context): Block {
	const shapes = splitLines(children).map((line) => readLine(line, ctx.source, ctx.defs, false));
	if (shapes.length > 0 && shapes.every((s): s is LineShape => s !== null)) {
		return { kind: 'lines', lines: shapes.map((s) => lineItem(s, ctx)) };
	}
	return { kind: 'paragraph', inline: toInline(children, ctx.defs) };
}

function lineItem(shape: LineShape, ctx: Context): Line {
	switch (shape.shape) {
		case 'blank':
			return field(shape.label, shape.blank, ctx);
		case 'blank-over':
			return {
				kind: 'total',
				id: ctx.ids.id('score', ctx.path, shape.label),
				label: shape.label,
				max: shape.max,
				blank: shape.blank
			};
		case 'ratio':
			if (isThresholdLabel(shape.label))
				return { kind: 'threshold', label: shape.label, value: shape.value, max: shape.max };
			return {
				kind: 'meta',
				label: shape.label,
				value: [{ t: 'text', v: `${shape.value}/${shape.max}` }]
			};
		case 'value':
			return { kind: 'meta', label: shape.label, value: shape.value };
	}
}

function field(label: string, blank: [number, number], ctx: Context): Line & { kind: 'field' } {
	ctx.diagnostics.fields++;
	const input = isDateLabel(label) ? 'date' : 'text';
	return { kind: 'field', id: ctx.ids.id('field', ctx.path, label), label, input, blank };
}

/** Offset of the character between a task item's brackets. */
function markOffset(item: ListItem, source: string): number {
	const start = item.position?.start.offset ?? 0;
	const open = source.indexOf('[', start);
	return open < 0 ? start : open + 1;
}

function list(node: List, ctx: Context, nested: boolean): Block {
	const items = node.children.map((item) => listEntry(item, ctx, nested));
	return { kind: 'list', ordered: node.ordered ?? false, start: node.start ?? 1, items };
}

function listEntry(item: ListItem, ctx: Context, underTask: boolean): ListEntry {
	const [first, ...others] = item.children;
	const firstPara = first?.type === 'paragraph' ? first : null;
	const rest = firstPara ? others : item.children;
	if (item.checked !== null && item.checked !== undefined)
		return task(item, firstPara, rest, ctx, underTask);
	if (firstPara && rest.length === 0) {
		const lines = splitLines(firstPara.children);
		const shape = lines.length === 1 ? readLine(lines[0], ctx.source, ctx.defs, true) : null;
		if (shape?.shape === 'blank') return field(shape.label, shape.blank, ctx);
		if (shape?.shape === 'blank-over') {
			ctx.diagnostics.ratings++;
			const id = ctx.ids.id('score', ctx.path, shape.label);
			return { kind: 'rating', id, label: shape.label, max: shape.max, blank: shape.blank };
		}
	}
	const inline = firstPara ? toInline(firstPara.children, ctx.defs) : [];
	return { kind: 'text', inline, blocks: nestedBlocks(rest, ctx, underTask) };
}

function task(
	item: ListItem,
	para: Extract<ListItem['children'][number], { type: 'paragraph' }> | null,
	rest: ListItem['children'],
	ctx: Context,
	nested: boolean
): Task {
	const inline = para ? toInline(para.children, ctx.defs) : [];
	const text = plainText(inline);
	ctx.diagnostics.tasks++;
	if (nested) ctx.diagnostics.nestedTasks++;
	const id = ctx.ids.id('task', ctx.path, text);
	const inner = { ...ctx, path: [...ctx.path, text] };
	const children: Task[] = [];
	const blocks: Block[] = [];
	for (const node of rest) {
		if (node.type === 'list' && node.children.every((c) => typeof c.checked === 'boolean')) {
			for (const child of node.children) {
				const [f, ...o] = child.children;
				const p = f?.type === 'paragraph' ? f : null;
				children.push(task(child, p, p ? o : child.children, inner, true));
			}
		} else {
			blocks.push(...nestedBlocks([node], inner, true));
		}
	}
	const mark = markOffset(item, ctx.source);
	return { kind: 'task', id, text, inline, checked: item.checked === true, mark, blocks, children };
}

function nestedBlocks(nodes: ListItem['children'], ctx: Context, underTask: boolean): Block[] {
	return nodes.flatMap((node) =>
		node.type === 'list' ? [list(node, ctx, underTask)] : toBlocks([node], ctx)
	);
}

/** Counts the links of a table-of-contents list (every item one `#anchor` link), else 0. */
function tocLinks(node: List): number {
	let links = 0;
	for (const item of node.children) {
		if (item.checked !== null && item.checked !== undefined) return 0;
		const [first, ...rest] = item.children;
		if (first?.type !== 'paragraph') return 0;
		const content = first.children.filter((c) => c.type !== 'text' || c.value.trim());
		const link = content[0];
		if (content.length !== 1 || link.type !== 'link' || !link.url.startsWith('#')) return 0;
		links++;
		for (const sub of rest) {
			const n = sub.type === 'list' ? tocLinks(sub) : 0;
			if (n === 0) return 0;
			links += n;
		}
	}
	return links;
}

function quote(children: readonly Node[], ctx: Context): Block {
	const blocks = toBlocks(children, ctx);
	const first = blocks[0];
	const head = first?.kind === 'paragraph' ? first.inline[0] : undefined;
	const match =
		head?.t === 'text' ? /^\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]\s*/i.exec(head.v) : null;
	if (!match || first?.kind !== 'paragraph' || head?.t !== 'text')
		return { kind: 'quote', alert: null, blocks };
	const rest = head.v.slice(match[0].length);
	const inline = [...(rest ? [{ t: 'text' as const, v: rest }] : []), ...first.inline.slice(1)];
	if (inline[0]?.t === 'br') inline.shift();
	const body = inline.length
		? [{ kind: 'paragraph' as const, inline }, ...blocks.slice(1)]
		: blocks.slice(1);
	return { kind: 'quote', alert: match[1].toUpperCase(), blocks: body };
}
