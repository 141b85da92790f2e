// What a role's signature is given to: the deployment's content without the signatures — the
// sign-off table's cells and the signature bindings are left out — so one signature never
// invalidates another, while any other change (a tick, a waiver, a value, evidence) does.
import type { Checklist, EntryValue } from '$lib/checklist/model';
import { isSignatureBindingId, signedId } from '$lib/verdict/keys';
import type { DeploymentContent, FingerprintEvidence } from './fingerprint';
import { fingerprint } from './fingerprint';
import { signoffRows, type SignoffRow } from './signatures';

/** The ids of the sign-off table's cells. */
export function signatureCellIds(rows: readonly SignoffRow[]): Set<string> {
	return new Set(
		rows.flatMap((r) => [r.nameId, r.signatureId, r.dateId]).filter((id) => id !== null)
	);
}

/** The content a signature binds to (see the file's header). */
export function signedContent(
	checklist: Pick<Checklist, 'blocks' | 'sections'>,
	input: {
		source: string;
		values: Readonly<Record<string, EntryValue | undefined>>;
		evidence: readonly FingerprintEvidence[];
		target: string;
		vars: Readonly<Record<string, string>>;
	}
): DeploymentContent {
	const cells = signatureCellIds(signoffRows(checklist));
	const values: Record<string, EntryValue | undefined> = {};
	for (const [id, value] of Object.entries(input.values))
		if (!cells.has(id) && !isSignatureBindingId(id)) values[id] = value;
	return {
		source: input.source,
		values,
		evidence: [...input.evidence],
		signatures: [],
		target: input.target,
		vars: { ...input.vars }
	};
}

/** The fingerprint of the content a signature binds to. */
export async function contentFingerprint(
	checklist: Pick<Checklist, 'blocks' | 'sections'>,
	input: Parameters<typeof signedContent>[1]
): Promise<string> {
	return fingerprint(signedContent(checklist, input));
}

/** How one role's signature stands against the current content. */
export type SignatureState = 'unsigned' | 'current' | 'earlier';

/** Whether a row is signed, and to this content or an earlier one. */
export function signatureState(
	row: SignoffRow,
	values: Readonly<Record<string, unknown>>,
	currentPrint: string | null
): SignatureState {
	const signature = row.signatureId ? values[row.signatureId] : '';
	if (typeof signature !== 'string' || !signature.trim()) return 'unsigned';
	const bound = row.signatureId ? values[signedId(row.signatureId)] : null;
	return typeof bound === 'string' && bound === currentPrint ? 'current' : 'earlier';
}
