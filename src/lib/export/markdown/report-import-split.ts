// Finds the parts an export adds around the template's text (the verdict block at the top, the
// Evidence appendix, the embedded content and the marker comment) with the GFM parser, so they
// can be read or cut off.
import type { Nodes } from 'mdast';
import { parseMarkdownTree } from '$lib/checklist/parse';
import { normalizeSource } from '$lib/checklist/source';
import { readContentComment } from './content-comment';
import { readMarker, type Marker } from './marker';
import { VERDICT_COMMENT } from './verdict-block';

/** A report split into the filled template (`body`), the parts around it, and the marker. */
export interface SplitReport {
	body: string;
	marker: Marker | null;
	/** The verdict block's text (comment line and quote), when the report starts with one. */
	verdict: string | null;
	/** The embedded content's payload text (`ss1.…`), when there is one. */
	content: string | null;
}

/**
 * A report's text split once into its body and marker: parsing it is the costly part, and one
 * import tries it against every template. The importer's functions take this or the text itself.
 */
export function readReport(markdown: string): SplitReport {
	return splitReport(normalizeSource(markdown));
}

/** The report's parts: those given, or its text split. */
export function splitOnce(report: string | SplitReport): SplitReport {
	return typeof report === 'string' ? readReport(report) : report;
}

/** Splits normalised report text; without a marker a final evidence-only section still goes. */
export function splitReport(text: string): SplitReport {
	const nodes = parseMarkdownTree(text).children;
	let cut = text.length;
	let marker: Marker | null = null;
	let content: string | null = null;
	for (let i = nodes.length - 1; i >= 0 && !marker; i--) {
		const node = nodes[i];
		if (node.type !== 'html') continue;
		marker = readMarker(node.value);
		if (marker) cut = node.position?.start.offset ?? cut;
	}
	for (let i = nodes.length - 1; i >= 0 && content === null; i--) {
		const node = nodes[i];
		const at = node.position?.start.offset ?? cut;
		if (node.type !== 'html' || at > cut) continue;
		content = readContentComment(node.value);
		if (content !== null) cut = at;
	}
	// The verdict block: the comment line, then the alert quote, at the very top.
	let from = 0;
	let verdict: string | null = null;
	const [first, second] = nodes;
	if (
		first?.type === 'html' &&
		first.value.trim() === VERDICT_COMMENT &&
		second?.type === 'blockquote'
	) {
		const end = second.position?.end.offset ?? 0;
		verdict = text.slice(0, end);
		from = end;
		while (text[from] === '\n') from++;
	}
	const headings = nodes.filter(
		(n) => n.type === 'heading' && (n.position?.start.offset ?? 0) < cut
	);
	const last = headings[headings.length - 1];
	if (last?.type === 'heading' && last.depth === 2 && plain(last) === 'Evidence') {
		const start = last.position?.start.offset ?? cut;
		const after = nodes.filter((n) => {
			const at = n.position?.start.offset ?? 0;
			return at > start && at < cut;
		});
		const ours = after.every((n) => n.type === 'list' && !hasTask(n));
		if ((marker && marker.evidence > 0) || (!marker && after.length > 0 && ours)) cut = start;
	}
	// The export puts a blank line between the template's text and what it adds.
	const body = text.slice(from, cut);
	const added = cut < text.length && body.endsWith('\n\n');
	return { body: added ? body.slice(0, -2) : body, marker, verdict, content };
}

function plain(node: Nodes): string {
	if (node.type === 'text' || node.type === 'inlineCode') return node.value;
	return 'children' in node ? node.children.map((c: Nodes) => plain(c)).join('') : '';
}

function hasTask(node: Nodes): boolean {
	if (node.type === 'listItem' && typeof node.checked === 'boolean') return true;
	return 'children' in node && node.children.some((c: Nodes) => hasTask(c));
}
