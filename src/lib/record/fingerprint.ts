// The fingerprint of a deployment: a SHA-256 of one canonical text of everything a sign-off
// vouches for, so anyone can later tell whether a signed deployment still says what was signed.
// The format is documented in README.md beside this file; change it only with a new tag.
import type { EntryValue } from '$lib/checklist/model';

/** The tag that opens every canonical serialisation; bump it when the format changes. */
export const FINGERPRINT_FORMAT = 'shipshape-fingerprint/1';

/** The parts of an evidence record that a fingerprint covers (extra properties are ignored). */
export interface FingerprintEvidence {
	source: string;
	key: string;
	verdict: string;
	summary: string;
	details: string[];
	itemIds: string[];
	at: number;
}

/** One signature row as the sign-off table holds it. */
export interface FingerprintSignature {
	role: string;
	name: string;
	signature: string;
	date: string;
}

/** Everything a fingerprint covers. */
export interface DeploymentContent {
	/** The template snapshot's Markdown, exactly as stored. */
	source: string;
	/** Item id → value; undefined values are left out. */
	values: Record<string, EntryValue | undefined>;
	evidence: FingerprintEvidence[];
	/** In sign-off table order. */
	signatures: FingerprintSignature[];
	target: string;
	vars: Record<string, string>;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json | undefined };

/** Compares strings by UTF-16 code units, as Array.prototype.sort does by default. */
function byCodeUnits(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** JSON text with object keys sorted at every level and undefined members left out. */
export function canonicalJson(value: Json): string {
	if (value === null || typeof value === 'boolean' || typeof value === 'string')
		return JSON.stringify(value);
	if (typeof value === 'number') {
		if (!Number.isFinite(value)) throw new TypeError(`Cannot fingerprint the number ${value}.`);
		return JSON.stringify(value);
	}
	if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
	const members = Object.keys(value)
		.filter((key) => value[key] !== undefined)
		.sort(byCodeUnits)
		.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key] as Json)}`);
	return `{${members.join(',')}}`;
}

function evidenceJson(e: FingerprintEvidence): { [key: string]: Json } {
	return {
		at: e.at,
		details: [...e.details],
		itemIds: [...e.itemIds].sort(byCodeUnits),
		key: e.key,
		source: e.source,
		summary: e.summary,
		verdict: e.verdict
	};
}

/** The canonical serialisation of a deployment's content (see README.md). */
export function canonicalDeployment(input: DeploymentContent): string {
	const evidence = input.evidence
		.map((e) => ({ e, text: canonicalJson(evidenceJson(e)) }))
		.sort(
			(a, b) =>
				a.e.at - b.e.at ||
				byCodeUnits(a.e.source, b.e.source) ||
				byCodeUnits(a.e.key, b.e.key) ||
				byCodeUnits(a.text, b.text)
		)
		.map(({ text }) => text);
	const signatures = input.signatures.map(({ role, name, signature, date }) =>
		canonicalJson({ date, name, role, signature })
	);
	// Members in sorted key order; evidence and signatures are already canonical texts.
	return (
		`{"evidence":[${evidence.join(',')}]` +
		`,"format":${JSON.stringify(FINGERPRINT_FORMAT)}` +
		`,"signatures":[${signatures.join(',')}]` +
		`,"target":${JSON.stringify(input.target)}` +
		`,"template":${JSON.stringify(input.source)}` +
		`,"values":${canonicalJson(input.values)}` +
		`,"vars":${canonicalJson(input.vars)}}`
	);
}

/** The SHA-256 (lowercase hex) of a text's UTF-8 bytes. */
export async function sha256Hex(text: string): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
	return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The fingerprint of a deployment: SHA-256 (hex) of its canonical serialisation. */
export async function fingerprint(input: DeploymentContent): Promise<string> {
	return sha256Hex(canonicalDeployment(input));
}

/** Gathers a deployment's content from its stored records. */
export function deploymentContent(
	run: { target: string; vars: Record<string, string> },
	snapshot: { source: string },
	entries: { itemId: string; value: EntryValue }[],
	evidence: FingerprintEvidence[],
	signatures: FingerprintSignature[]
): DeploymentContent {
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
