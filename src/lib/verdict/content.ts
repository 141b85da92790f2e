// What a role's signature is given to: the "content" of a deployment, which is everything a
// fingerprint covers except the sign-off table's cells, every signature binding and the recorded
// signatures. So one role signing never invalidates another's signature, while any change to a
// tick, a value, a waiver or the evidence does. The final sign-off fingerprint covers it all.
import type { Checklist, EntryValue } from '$lib/checklist/model';
import { eachBlock } from '$lib/checklist/walk';
import type { DeploymentContent } from '$lib/record/fingerprint';
import { isSignatureBindingId } from '$lib/record/keys';

/** The ids of the cells of a checklist's sign-off table. */
export function signoffCellIds(checklist: Pick<Checklist, 'blocks' | 'sections'>): Set<string> {
	const ids = new Set<string>();
	eachBlock(checklist.blocks, checklist.sections, (b) => {
		if (b.kind === 'table' && b.signoff)
			for (const row of b.rows)
				for (const cell of row.cells) if (cell.kind === 'cell') ids.add(cell.id);
	});
	return ids;
}

/** The values a signature binds to: all but the sign-off table's cells and `signed:*` entries. */
export function contentValues(
	checklist: Pick<Checklist, 'blocks' | 'sections'>,
	values: Readonly<Record<string, EntryValue | undefined>>
): Record<string, EntryValue | undefined> {
	const cells = signoffCellIds(checklist);
	return Object.fromEntries(
		Object.entries(values).filter(([id]) => !cells.has(id) && !isSignatureBindingId(id))
	);
}

/**
 * The content fingerprint: what a `signed:<cell>` entry records when that role signs. The hashing
 * code loads on first use: a deployment nobody has signed yet never needs it.
 */
export async function contentFingerprint(
	checklist: Pick<Checklist, 'blocks' | 'sections'>,
	content: DeploymentContent
): Promise<string> {
	const { fingerprint } = await import('$lib/record/fingerprint');
	return fingerprint({
		...content,
		values: contentValues(checklist, content.values),
		signatures: []
	});
}
