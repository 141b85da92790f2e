// Signing against the content: what a role's signature is given to (the content without the
// signatures, verdict/content.ts), and whether a signature was given to this version of it.
import type { Checklist, EntryValue } from '$lib/checklist/model';
import { contentFingerprint as fingerprintOfContent, contentValues } from '$lib/verdict/content';
import { signedId } from '$lib/record/keys';
import type { DeploymentContent, FingerprintEvidence } from '$lib/record/fingerprint';
import type { SignoffRow } from './signatures';

/** What a role signs: the content as it is now (see verdict/content.ts for the rule). */
export interface SigningInput {
	source: string;
	values: Readonly<Record<string, EntryValue | undefined>>;
	evidence: readonly FingerprintEvidence[];
	target: string;
	vars: Readonly<Record<string, string>>;
}

/** The content a signature binds to (see the file's header). */
export function signedContent(
	checklist: Pick<Checklist, 'blocks' | 'sections'>,
	input: SigningInput
): DeploymentContent {
	return {
		source: input.source,
		values: contentValues(checklist, input.values),
		evidence: [...input.evidence],
		signatures: [],
		target: input.target,
		vars: { ...input.vars }
	};
}

/** The fingerprint of the content a signature binds to (the hashing code loads on first use). */
export function contentFingerprint(
	checklist: Pick<Checklist, 'blocks' | 'sections'>,
	input: SigningInput
): Promise<string> {
	return fingerprintOfContent(checklist, signedContent(checklist, input));
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
