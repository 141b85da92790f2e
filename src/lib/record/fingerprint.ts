// The fingerprint of a deployment: a SHA-256 of one canonical text of everything a sign-off
// vouches for, so anyone can later tell whether a signed deployment still says what was signed.
// The format is documented in README.md beside this file; change it only with a new tag. This is
// `shipshape-fingerprint/2`, built from the typed decisions; fingerprint-v1.ts keeps the first.
import {
	canonicalEvidence,
	canonicalJson,
	canonicalSignatures,
	sha256Hex,
	type FingerprintEvidence,
	type FingerprintSignature,
	type Json
} from './canonical-json';
import { setOwn, type Decisions, type FingerprintVersion } from './decisions';
import { canonicalV1 } from './fingerprint-v1';
import { toLegacyValues } from './legacy';
import { decisionsOf, type Decision } from './records';

export type { FingerprintEvidence, FingerprintSignature };
export { sha256Hex };

/** The tag that opens every canonical serialisation of this format. */
export const FINGERPRINT_FORMAT = 'shipshape-fingerprint/2';
/** The format new fingerprints are made in. */
export const CURRENT_FORMAT: FingerprintVersion = 2;

/** Everything a fingerprint covers. */
export interface DeploymentContent {
	/** The template snapshot's Markdown, exactly as stored. */
	source: string;
	decisions: Decisions;
	evidence: FingerprintEvidence[];
	/** In sign-off table order. */
	signatures: FingerprintSignature[];
	target: string;
	vars: Record<string, string>;
}

function decisionsJson(d: Decisions): Json {
	const waivers: Record<string, Json | undefined> = {};
	for (const [key, w] of Object.entries(d.waivers))
		if (w !== undefined) setOwn(waivers, key, w && { at: w.at, by: w.by, reason: w.reason });
	const other =
		d.other && Object.values(d.other).some((v) => v !== undefined) ? d.other : undefined;
	return { na: d.na, other, signed: d.signed, values: d.values, waivers };
}

/** The canonical serialisation of a deployment's content (see README.md). */
export function canonicalDeployment(input: DeploymentContent): string {
	return (
		`{"decisions":${canonicalJson(decisionsJson(input.decisions))}` +
		`,"evidence":[${canonicalEvidence(input.evidence).join(',')}]` +
		`,"format":${JSON.stringify(FINGERPRINT_FORMAT)}` +
		`,"signatures":[${canonicalSignatures(input.signatures).join(',')}]` +
		`,"target":${JSON.stringify(input.target)}` +
		`,"template":${JSON.stringify(input.source)}` +
		`,"vars":${canonicalJson(input.vars)}}`
	);
}

/** The canonical text of content in a given format (1: as releases before typed records wrote it). */
export function canonicalIn(format: FingerprintVersion, input: DeploymentContent): string {
	if (format === 2) return canonicalDeployment(input);
	return canonicalV1({ ...input, values: toLegacyValues(input.decisions) });
}

/** The fingerprint of a deployment in the current format. */
export async function fingerprint(input: DeploymentContent): Promise<string> {
	return sha256Hex(canonicalDeployment(input));
}

/** The fingerprint in a given format, to check one made in it. */
export async function fingerprintIn(
	format: FingerprintVersion,
	input: DeploymentContent
): Promise<string> {
	return sha256Hex(canonicalIn(format, input));
}

/** Gathers a deployment's content from its stored records. */
export function deploymentContent(
	run: { target: string; vars: Record<string, string> },
	snapshot: { source: string },
	records: Iterable<Decision & { at?: number }>,
	evidence: FingerprintEvidence[],
	signatures: FingerprintSignature[]
): DeploymentContent {
	return {
		source: snapshot.source,
		decisions: decisionsOf(records),
		evidence,
		signatures,
		target: run.target,
		vars: run.vars
	};
}

/**
 * Whether `print` is the content's fingerprint in any format (one signed before typed records is
 * in the first). No text hashes alike in two formats: each names its own.
 */
export async function isFingerprintOf(input: DeploymentContent, print: string): Promise<boolean> {
	if ((await fingerprint(input)) === print) return true;
	return (await fingerprintIn(1, input)) === print;
}
