// Converts mdast phrasing content into the model's Inline form and into plain text.
import type { Definition, PhrasingContent } from 'mdast';
import type { Inline } from './model.ts';

/** Link and image definitions of a document, looked up by normalised label. */
export type Definitions = Map<string, Definition>;

/** Normalises a reference label the way CommonMark matches them. */
export function labelKey(label: string): string {
	return label.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Converts phrasing nodes. Raw HTML is kept as literal text, never as markup; an HTML comment is
 * left out, as GitHub hides it.
 */
export function toInline(nodes: readonly PhrasingContent[], defs: Definitions): Inline[] {
	const out: Inline[] = [];
	for (const node of nodes) {
		const converted = convert(node, defs);
		for (const item of converted) {
			const last = out[out.length - 1];
			if (item.t === 'text' && last?.t === 'text') last.v += item.v;
			else out.push(item);
		}
	}
	return out;
}

function convert(node: PhrasingContent, defs: Definitions): Inline[] {
	switch (node.type) {
		case 'text':
			return [{ t: 'text', v: node.value }];
		case 'html':
			return isHtmlComment(node.value) ? [] : [{ t: 'text', v: node.value }];
		case 'inlineCode':
			return [{ t: 'code', v: node.value }];
		case 'break':
			return [{ t: 'br' }];
		case 'strong':
			return [{ t: 'strong', c: toInline(node.children, defs) }];
		case 'emphasis':
			return [{ t: 'em', c: toInline(node.children, defs) }];
		case 'delete':
			return [{ t: 'del', c: toInline(node.children, defs) }];
		case 'link':
			return [{ t: 'link', href: node.url, c: toInline(node.children, defs) }];
		case 'image':
			return [{ t: 'image', src: node.url, alt: node.alt ?? '' }];
		case 'linkReference': {
			const def = defs.get(labelKey(node.identifier));
			const c = toInline(node.children, defs);
			return def ? [{ t: 'link', href: def.url, c }] : c;
		}
		case 'imageReference': {
			const def = defs.get(labelKey(node.identifier));
			return def ? [{ t: 'image', src: def.url, alt: node.alt ?? '' }] : [];
		}
		case 'footnoteReference':
			return [{ t: 'text', v: `[^${node.label ?? node.identifier}]` }];
		default:
			return [];
	}
}

/** Whether raw HTML is a comment (`<!-- … -->`), which GitHub does not show. */
export function isHtmlComment(html: string): boolean {
	return html.trimStart().startsWith('<!--');
}

/** Plain text of inline content: code keeps its text, images give their alt text. */
export function plainText(inline: readonly Inline[]): string {
	let text = '';
	for (const item of inline) {
		if (item.t === 'text' || item.t === 'code') text += item.v;
		else if (item.t === 'br') text += ' ';
		else if (item.t === 'image') text += item.alt;
		else text += plainText(item.c);
	}
	return text.replace(/\s+/g, ' ').trim();
}
