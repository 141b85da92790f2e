// The sign-off table read as roles with their name, signature and date cells.
import type { Block, Checklist } from '$lib/checklist/model';
import { eachBlock } from '$lib/checklist/walk';

/** A drawn signature is stored as a PNG data URL; anything else is typed text. */
export function isDrawnSignature(value: unknown): value is string {
	return typeof value === 'string' && value.startsWith('data:image/png;base64,');
}

/** One role of the sign-off table and the ids of its cells. */
export interface SignoffRow {
	role: string;
	nameId: string | null;
	signatureId: string | null;
	dateId: string | null;
}

/** The rows of the checklist's sign-off table (empty when it has none). */
export function signoffRows(checklist: Pick<Checklist, 'blocks' | 'sections'>): SignoffRow[] {
	let table: Extract<Block, { kind: 'table' }> | null = null;
	eachBlock(checklist.blocks, checklist.sections, (b) => {
		if (b.kind === 'table' && b.signoff) table ??= b;
	});
	if (!table) return [];
	return (table as Extract<Block, { kind: 'table' }>).rows.map((row) => {
		const idOf = (pattern: RegExp) => {
			for (const cell of row.cells)
				if (cell.kind === 'cell' && pattern.test(cell.column)) return cell.id;
			return null;
		};
		return {
			role: row.key,
			nameId: idOf(/name/i),
			signatureId: idOf(/signature/i),
			dateId: idOf(/date/i)
		};
	});
}

/** Roles still missing a name, signature or date, in words ("Tech Lead (signature)"). */
export function unsignedRoles(
	rows: SignoffRow[],
	values: Readonly<Record<string, unknown>>
): string[] {
	const filled = (id: string | null) =>
		id === null || (typeof values[id] === 'string' && (values[id] as string).trim() !== '');
	return rows.flatMap((r) => {
		const missing = [
			!filled(r.nameId) && 'name',
			!filled(r.signatureId) && 'signature',
			!filled(r.dateId) && 'date'
		].filter(Boolean);
		return missing.length ? [`${r.role} (${missing.join(', ')})`] : [];
	});
}
