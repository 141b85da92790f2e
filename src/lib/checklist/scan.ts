// Looks through the syntax tree for what the model does not keep but an importer should hear
// about: HTML comments inside text (left out, as GitHub hides them) and lines that look like
// tasks but that GitHub would not show as a checkbox (`- [ ]text`, `- []`, `-[ ] text`).
// Only the text of single parsed lines is matched by pattern.
import type { Nodes, Root } from 'mdast';
import { isHtmlComment } from './inline.ts';
import { splitLines } from './lines.ts';

/** What the scan found. */
export interface Scan {
	inlineComments: number;
	/** Lines that look like tasks but are not, as written (trimmed). */
	nearTasks: string[];
}

/** `[ ]text`, `[] text`, `[ ]` alone: the start of a list item that was meant as a task. */
const NEAR_ITEM = /^\[(?:\]|[ xX]\](?!\s+\S))/;
/** `-[ ] text`, `1.[ ] text`: a task marker without the space after the bullet. */
const NEAR_LINE = /^(?:[-*+]|\d{1,9}[.)])\[[ xX]?\]/;

/** Nodes whose `html` children are inline HTML (block HTML is counted by blocks.ts). */
const PHRASING_PARENTS = new Set<string>([
	'paragraph',
	'heading',
	'tableCell',
	'emphasis',
	'strong',
	'delete',
	'link',
	'linkReference'
]);

/** Scans a document's tree. */
export function scanTree(tree: Root): Scan {
	const scan: Scan = { inlineComments: 0, nearTasks: [] };
	visit(tree, scan);
	return scan;
}

function visit(node: Nodes, scan: Scan): void {
	if (node.type === 'html' || !('children' in node)) return;
	if (node.type === 'listItem' && typeof node.checked !== 'boolean') {
		const first = node.children[0];
		if (first?.type === 'paragraph') {
			const line = firstLineText(first.children);
			if (NEAR_ITEM.test(line)) scan.nearTasks.push(line.trim());
		}
	}
	if (node.type === 'paragraph') {
		for (const line of splitLines(node.children)) {
			const text = line[0]?.type === 'text' ? line[0].value.trimStart() : '';
			if (NEAR_LINE.test(text)) scan.nearTasks.push(text.trim());
		}
	}
	for (const child of node.children as Nodes[]) {
		if (child.type === 'html' && PHRASING_PARENTS.has(node.type)) {
			if (isHtmlComment(child.value)) scan.inlineComments++;
		} else {
			visit(child, scan);
		}
	}
}

function firstLineText(children: Parameters<typeof splitLines>[0]): string {
	const [line] = splitLines(children);
	return line?.[0]?.type === 'text' ? line[0].value : '';
}
