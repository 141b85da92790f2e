// What a role's signature is given to: the "content" of a deployment, which is everything a
// fingerprint covers except the sign-off table's cells, the signatures' bindings and the recorded
// signatures. So one role signing never invalidates another's signature, while any change to a
// tick, a value, a waiver or the evidence does. The final sign-off fingerprint covers it all.
import type { Checklist } from '$lib/checklist/model';
import { eachBlock } from '$lib/checklist/walk';
import type { Decisions, FingerprintVersion } from '$lib/record/decisions';
import type { DeploymentContent } from '$lib/record/fingerprint';

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

/**
 * The decisions a signature binds to: all but the sign-off table's cells and the bindings, as a
 * copy (so reading it reads every decision: an effect that does follows every change).
 */
export function contentDecisions(
	checklist: Pick<Checklist, 'blocks' | 'sections'>,
	d: Decisions
): Decisions {
	const cells = signoffCellIds(checklist);
	// An older release's odd `signed:` entries were bindings too (legacy.ts keeps them in `other`).
	const other = Object.entries(d.other ?? {}).filter(([id]) => !id.startsWith('signed:'));
	const waivers = Object.entries(d.waivers).map(([key, w]) => [key, w && { ...w }]);
	return {
		values: Object.fromEntries(Object.entries(d.values).filter(([id]) => !cells.has(id))),
		na: { ...d.na },
		waivers: Object.fromEntries(waivers),
		signed: {},
		...(other.length ? { other: Object.fromEntries(other) } : {})
	};
}

/**
 * Whether `print` is this content's fingerprint, in the current format or the first (a binding
 * or a reply made before typed records). No text hashes alike in two formats: each names its own.
 */
export async function isContentPrint(
	checklist: Pick<Checklist, 'blocks' | 'sections'>,
	content: DeploymentContent,
	print: string | null | undefined
): Promise<boolean> {
	if (!print) return false;
	if ((await contentFingerprint(checklist, content)) === print) return true;
	return (await contentFingerprint(checklist, content, 1)) === print;
}

/**
 * The content fingerprint: what a role's signature binding records when it signs, in the current
 * format unless another is asked for (to check a binding made in it). The hashing code loads on
 * first use: a deployment nobody has signed yet never needs it.
 */
export async function contentFingerprint(
	checklist: Pick<Checklist, 'blocks' | 'sections'>,
	content: DeploymentContent,
	format?: FingerprintVersion
): Promise<string> {
	const { CURRENT_FORMAT, fingerprintIn } = await import('$lib/record/fingerprint');
	return fingerprintIn(format ?? CURRENT_FORMAT, {
		...content,
		decisions: contentDecisions(checklist, content.decisions),
		signatures: []
	});
}
