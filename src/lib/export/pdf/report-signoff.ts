// The sign-off rows of a report: from the recorded sign-off once signed, from the sign-off table's
// cells while still a draft. A drawn signature is kept only as a PNG data URL.
import { plainText } from '$lib/checklist/inline';
import type { Values } from '$lib/checklist/scoring';
import type { Signature } from '$lib/db';
import type { Signed, SignoffRow } from './report-types.ts';
import type { TableBlock } from './report-sections.ts';
import { text } from './text-parts.ts';

const PNG_DATA_URL = /^data:image\/png;base64,[A-Za-z0-9+/]+={0,2}$/;

/** A stored signature as shown: typed text, a drawn PNG, or nothing. */
export function signed(value: string): Signed | null {
	const v = value.trim();
	if (v === '') return null;
	if (PNG_DATA_URL.test(v)) return { kind: 'drawn', dataUrl: v };
	if (v.startsWith('data:'))
		return { kind: 'text', text: '(drawn signature in an unreadable format)' };
	return { kind: 'text', text: v };
}

/** The table's rows read from the run's values, by column name. */
export function tableRows(table: TableBlock, values: Values): SignoffRow[] {
	const columns = table.columns.map((c) => plainText(c).toLowerCase());
	return table.rows.map((row) => {
		const cell = (name: string) => {
			const c = row.cells[columns.indexOf(name)];
			if (!c) return '';
			return c.kind === 'cell' ? text(values[c.id]) : plainText(c.inline);
		};
		return {
			role: cell('role') || row.key,
			name: cell('name'),
			signature: signed(cell('signature')),
			date: cell('date')
		};
	});
}

/** The rows to show: the table's roles, each with its recorded signature when signed. */
export function signoffRows(fromTable: SignoffRow[], recorded: Signature[] | null): SignoffRow[] {
	if (!recorded) return fromTable;
	const byRole = new Map(recorded.map((s) => [s.role, s]));
	const row = (s: Signature): SignoffRow => ({
		role: s.role,
		name: s.name,
		signature: signed(s.signature),
		date: s.date
	});
	const rows = fromTable.map((r) => {
		const s = byRole.get(r.role);
		return s ? row(s) : r;
	});
	const roles = new Set(fromTable.map((r) => r.role));
	return [...rows, ...recorded.filter((s) => !roles.has(s.role)).map(row)];
}
