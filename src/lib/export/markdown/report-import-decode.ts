// Reads values back out of an exported report with the same GFM parser that GitHub's renderer
// follows, so backslash escapes and character references written by markdown-escape.ts come
// back as the exact text, and a value someone typed by hand reads as GitHub shows it.
import type { Nodes, RootContent } from 'mdast';
import { parseMarkdownTree } from '$lib/checklist/parse';

/** The text of one line's worth of escaped value. */
export function decodeInline(raw: string): string {
	// A letter in front keeps the value in the middle of a line, where it was written.
	const tree = parseMarkdownTree(`x${raw}`);
	const [first] = tree.children;
	const text = first?.type === 'paragraph' ? nodeText(first) : `x${raw}`;
	return text.slice(1);
}

/** The text of a run of blocks (notes): paragraphs as GitHub shows them, anything else as written. */
export function decodeBlocks(markdown: string): string {
	const tree = parseMarkdownTree(markdown);
	return tree.children.map((node) => blockText(node, markdown)).join('\n\n');
}

function blockText(node: RootContent, markdown: string): string {
	if (node.type === 'paragraph' || node.type === 'heading') return nodeText(node);
	const start = node.position?.start.offset ?? 0;
	const end = node.position?.end.offset ?? markdown.length;
	return markdown.slice(start, end);
}

/** Visible text: hard breaks become line breaks, code and raw HTML keep their text. */
function nodeText(node: Nodes): string {
	switch (node.type) {
		case 'text':
		case 'inlineCode':
		case 'html':
			return node.value;
		case 'break':
			return '\n';
		case 'image':
		case 'imageReference':
			return node.alt ?? '';
		case 'footnoteReference':
			return `[^${node.label ?? node.identifier}]`;
		default:
			return 'children' in node ? node.children.map((c: Nodes) => nodeText(c)).join('') : '';
	}
}
