// Converts GFM tables. Cells left empty or holding only underscores become fill-in cells.
import type { Table } from 'mdast';
import type { Context } from './context.ts';
import { plainText, toInline } from './inline.ts';
import { isDateLabel } from './lines.ts';
import type { Block, Span, TableRow } from './model.ts';

/** Converts a GFM table; its empty or `____` cells (after the first column) are fill-ins. */
export function table(node: Table, ctx: Context): Block {
	ctx.diagnostics.tables++;
	const [head, ...body] = node.children;
	const columns = head.children.map((cell) => toInline(cell.children, ctx.defs));
	const names = columns.map((c) => plainText(c));
	const id = ctx.ids.id('table', ctx.path, names.join('|'));
	const signoff = names.some((n) => /signature|sign-?off|approv/i.test(n));
	const rows: TableRow[] = body.map((row, r) => {
		const key = plainText(toInline(row.children[0]?.children ?? [], ctx.defs)) || `Row ${r + 1}`;
		const cells = names.map((column, c) => {
			const cell = row.children[c];
			const inline = toInline(cell?.children ?? [], ctx.defs);
			const text = plainText(inline);
			if (c === 0 || !cell || (text && !/^_+$/.test(text)))
				return { kind: 'fixed' as const, inline };
			const label = `${key} ${column.toLowerCase()}`.trim();
			const input = isDateLabel(column) ? ('date' as const) : ('text' as const);
			const cellId = ctx.ids.id('cell', ctx.path, `${names.join('|')}|${key}|${column}`);
			return {
				kind: 'cell' as const,
				id: cellId,
				label,
				column,
				input,
				blank: cellSpan(cell, ctx.source)
			};
		});
		return { key, cells };
	});
	return { kind: 'table', id, signoff, columns, rows };
}

/**
 * The range between a cell's pipes, where its content goes. The parser ends a row's last cell
 * after its closing pipe and any trailing spaces; both stay outside the range.
 */
function cellSpan(cell: Table['children'][number]['children'][number], source: string): Span {
	let start = cell.position?.start.offset ?? 0;
	let end = cell.position?.end.offset ?? start;
	if (source[start] === '|') start++;
	let last = end;
	while (last > start && (source[last - 1] === ' ' || source[last - 1] === '\t')) last--;
	if (last > start && source[last - 1] === '|' && !isEscaped(source, last - 1)) end = last - 1;
	return [start, end];
}

/** Whether the character at `at` is backslash-escaped (an odd run of backslashes before it). */
function isEscaped(source: string, at: number): boolean {
	let slashes = 0;
	while (at - slashes - 1 >= 0 && source[at - slashes - 1] === '\\') slashes++;
	return slashes % 2 === 1;
}
