// The first fingerprint format, `shipshape-fingerprint/1` (README.md beside this file): item
// values and the release decisions in one map, decisions under prefixed ids (legacy.ts). Nothing
// is signed with it any more; it is kept so that what was signed with it still verifies.
import type { EntryValue } from '$lib/checklist/model';
import {
	canonicalEvidence,
	canonicalJson,
	canonicalSignatures,
	sha256Hex,
	type FingerprintEvidence,
	type FingerprintSignature
} from './canonical-json';

export type { FingerprintEvidence, FingerprintSignature };

/** The tag that opens every canonical serialisation of this format. */
export const FINGERPRINT_FORMAT_V1 = 'shipshape-fingerprint/1';

/** Everything a fingerprint of this format covers. */
export interface LegacyContent {
	/** The template snapshot's Markdown, exactly as stored. */
	source: string;
	/** Item id → value (decisions under prefixed ids); undefined values are left out. */
	values: Record<string, EntryValue | undefined>;
	evidence: FingerprintEvidence[];
	/** In sign-off table order. */
	signatures: FingerprintSignature[];
	target: string;
	vars: Record<string, string>;
}

/** The canonical serialisation of content in this format (see README.md). */
export function canonicalV1(input: LegacyContent): string {
	// Members in sorted key order; evidence and signatures are already canonical texts.
	return (
		`{"evidence":[${canonicalEvidence(input.evidence).join(',')}]` +
		`,"format":${JSON.stringify(FINGERPRINT_FORMAT_V1)}` +
		`,"signatures":[${canonicalSignatures(input.signatures).join(',')}]` +
		`,"target":${JSON.stringify(input.target)}` +
		`,"template":${JSON.stringify(input.source)}` +
		`,"values":${canonicalJson(input.values)}` +
		`,"vars":${canonicalJson(input.vars)}}`
	);
}

/** The fingerprint of content in this format: SHA-256 (hex) of its canonical serialisation. */
export async function fingerprintV1(input: LegacyContent): Promise<string> {
	return sha256Hex(canonicalV1(input));
}

/** Gathers content of this format from an older release's stored rows. */
export function legacyContent(
	run: { target: string; vars: Record<string, string> },
	snapshot: { source: string },
	entries: { itemId: string; value: EntryValue }[],
	evidence: FingerprintEvidence[],
	signatures: FingerprintSignature[]
): LegacyContent {
	// fromEntries defines own properties, so even an id like "__proto__" stays a plain key.
	const values = Object.fromEntries(entries.map((e) => [e.itemId, e.value]));
	return {
		source: snapshot.source,
		values,
		evidence,
		signatures,
		target: run.target,
		vars: run.vars
	};
}
