// Signing against the content: what a role's signature is given to (the content without the
// signatures, verdict/content.ts), and whether a signature was given to this version of it.
import type { Checklist } from '$lib/checklist/model';
import type { Decisions, FingerprintVersion } from '$lib/record/decisions';
import { contentDecisions, contentFingerprint as fingerprintOfContent } from '$lib/verdict/content';
import type { DeploymentContent, FingerprintEvidence } from '$lib/record/fingerprint';
import type { SignoffRow } from './signatures';

/** What a role signs: the content as it is now (see verdict/content.ts for the rule). */
export interface SigningInput {
	source: string;
	decisions: Readonly<Decisions>;
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
		decisions: contentDecisions(checklist, input.decisions),
		evidence: [...input.evidence],
		signatures: [],
		target: input.target,
		vars: { ...input.vars }
	};
}

/**
 * The fingerprint of the content a signature binds to, in the current format unless another is
 * asked for (the hashing code loads on first use).
 */
export function contentFingerprint(
	checklist: Pick<Checklist, 'blocks' | 'sections'>,
	input: SigningInput,
	format?: FingerprintVersion
): Promise<string> {
	return fingerprintOfContent(checklist, signedContent(checklist, input), format);
}

/** How one role's signature stands against the current content. */
export type SignatureState = 'unsigned' | 'current' | 'earlier';

/**
 * Whether a row is signed, and to this content or an earlier one. `prints` are the content's
 * fingerprints as it is now (the current format's, and the first's for bindings made before).
 */
export function signatureState(
	row: SignoffRow,
	d: Pick<Decisions, 'values' | 'signed'>,
	prints: readonly (string | null)[]
): SignatureState {
	const signature = row.signatureId ? d.values[row.signatureId] : '';
	if (typeof signature !== 'string' || !signature.trim()) return 'unsigned';
	const bound = row.signatureId ? d.signed[row.signatureId] : null;
	return typeof bound === 'string' && prints.includes(bound) ? 'current' : 'earlier';
}
