// The pieces every fingerprint format shares (README.md beside this file): JSON with sorted keys,
// evidence in a total order, and SHA-256 as lowercase hex.

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

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json | undefined };

/** Compares strings by UTF-16 code units, as Array.prototype.sort does by default. */
export function byCodeUnits(a: string, b: string): number {
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

/** The evidence as canonical texts, in their total order (time, source, key, then the text). */
export function canonicalEvidence(evidence: readonly FingerprintEvidence[]): string[] {
	return evidence
		.map((e) => ({ e, text: canonicalJson(evidenceJson(e)) }))
		.sort(
			(a, b) =>
				a.e.at - b.e.at ||
				byCodeUnits(a.e.source, b.e.source) ||
				byCodeUnits(a.e.key, b.e.key) ||
				byCodeUnits(a.text, b.text)
		)
		.map(({ text }) => text);
}

/** The signatures as canonical texts, in sign-off table order. */
export function canonicalSignatures(signatures: readonly FingerprintSignature[]): string[] {
	return signatures.map(({ role, name, signature, date }) =>
		canonicalJson({ date, name, role, signature })
	);
}

/** The SHA-256 (lowercase hex) of a text's UTF-8 bytes. */
export async function sha256Hex(text: string): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
	return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
