// Recognises fill-in lines inside paragraphs and list items: `**Version**: ____`,
// `Security: _____ / 5`, `**Overall Score**: _____ / 25`, `**Minimum passing score**: 20/25`.
// It reads the parser's phrasing nodes; only the text of a single line is matched by pattern.
import type { PhrasingContent } from 'mdast';
import type { Definitions } from './inline.ts';
import { plainText, toInline } from './inline.ts';
import type { Inline, Span } from './model.ts';

/** What one `label: rest` line says. */
export type LineShape =
	| { shape: 'blank'; label: string; blank: Span }
	| { shape: 'blank-over'; label: string; max: number; blank: Span }
	| { shape: 'ratio'; label: string; value: number; max: number }
	| { shape: 'value'; label: string; value: Inline[] };

const BLANK = /^_{3,}$/;
const BLANK_OVER = /^_{3,}\s*\/\s*(\d{1,4})$/;
const RATIO = /^(\d{1,4})\s*\/\s*(\d{1,4})$/;

/** Splits phrasing content into lines at hard breaks and soft line endings. */
export function splitLines(nodes: readonly PhrasingContent[]): PhrasingContent[][] {
	const lines: PhrasingContent[][] = [[]];
	for (const node of nodes) {
		if (node.type === 'break') {
			lines.push([]);
		} else if (node.type === 'text' && node.value.includes('\n')) {
			const parts = node.value.split('\n');
			let offset = node.position?.start.offset ?? 0;
			parts.forEach((value, i) => {
				if (i > 0) lines.push([]);
				if (value) {
					const start = { line: 0, column: 0, offset };
					lines[lines.length - 1].push({ type: 'text', value, position: { start, end: start } });
				}
				offset += value.length + 1;
			});
		} else {
			lines[lines.length - 1].push(node);
		}
	}
	return lines.filter((line) => line.length > 0);
}

function startOf(node: PhrasingContent): number {
	return node.position?.start.offset ?? 0;
}

function endOf(node: PhrasingContent): number {
	return node.position?.end.offset ?? 0;
}

/** One underscore as a template may write it: `_`, `\_` or `&#95;`. */
const UNDERSCORE = ['_', '\\_', '&#95;'];

/**
 * The blank (a run of underscores, written plainly, escaped or as references) on the line that
 * starts at `from`, or null when that line has none. Never looks past the line's end.
 */
function blankSpan(source: string, from: number): Span | null {
	const newline = source.indexOf('\n', from);
	const until = newline < 0 ? source.length : newline;
	for (let start = from; start < until; start++) {
		let end = start;
		for (;;) {
			const token = UNDERSCORE.find((u) => source.startsWith(u, end) && end + u.length <= until);
			if (!token) break;
			end += token.length;
		}
		if (end > start) return [start, end];
	}
	return null;
}

/**
 * Reads one line as `**Label**: rest` (bold label) or, when `plainLabels` is set,
 * `Label: ____` (plain label, blanks only). Returns null for anything else.
 */
export function readLine(
	line: readonly PhrasingContent[],
	source: string,
	defs: Definitions,
	plainLabels: boolean
): LineShape | null {
	const nodes = line.filter((n, i) => !(i === 0 && n.type === 'text' && !n.value.trim()));
	const [first, ...rest] = nodes;
	if (!first) return null;
	let label: string;
	let restNodes: PhrasingContent[];
	let from: number;
	if (first.type === 'strong') {
		label = plainText(toInline(first.children, defs));
		restNodes = rest;
		from = endOf(first);
		const head = restNodes[0];
		if (label.endsWith(':')) label = label.slice(0, -1).trim();
		else if (head?.type === 'text' && head.value.startsWith(':'))
			restNodes = [{ ...head, value: head.value.slice(1) }, ...restNodes.slice(1)];
		else return null;
	} else if (plainLabels && first.type === 'text' && rest.length === 0) {
		const colon = first.value.indexOf(':');
		if (colon <= 0) return null;
		label = first.value.slice(0, colon).trim();
		restNodes = [{ ...first, value: first.value.slice(colon + 1) }];
		from = startOf(first) + colon;
	} else {
		return null;
	}
	if (!label) return null;
	const restInline = toInline(restNodes, defs);
	const text = plainText(restInline);
	// A line that reads as a blank but has none in the source (an unusual escape) is plain text.
	const blank = BLANK.test(text) || BLANK_OVER.test(text) ? blankSpan(source, from) : null;
	if (BLANK.test(text)) return blank ? { shape: 'blank', label, blank } : null;
	const over = BLANK_OVER.exec(text);
	if (over) return blank ? { shape: 'blank-over', label, max: Number(over[1]), blank } : null;
	if (first.type !== 'strong' || !text) return null;
	const ratio = RATIO.exec(text);
	if (ratio) return { shape: 'ratio', label, value: Number(ratio[1]), max: Number(ratio[2]) };
	return { shape: 'value', label, value: trimInline(restInline) };
}

function trimInline(inline: Inline[]): Inline[] {
	const out = inline.map((i) => ({ ...i }));
	const head = out[0];
	if (head?.t === 'text') head.v = head.v.trimStart();
	const tail = out[out.length - 1];
	if (tail?.t === 'text') tail.v = tail.v.trimEnd();
	return out.filter((i) => i.t !== 'text' || i.v);
}

/** Whether a label names a date (so its input is a date picker). */
export function isDateLabel(label: string): boolean {
	return /\bdate\b/i.test(label);
}

/** Whether a `value/max` line is a pass mark rather than plain information. */
export function isThresholdLabel(label: string): boolean {
	return /pass|minimum|threshold|required|target/i.test(label);
}
