// A deployment's fingerprinted content as one compact text: JSON, deflate-raw compressed,
// base64url encoded, behind a version prefix. Exported reports embed it so they can be verified;
// share links carry it in their fragment. The format is README.md's contract beside this file.
// Input is never trusted: sizes are capped before and while decompressing, and only the members
// the schema names, of the types it names, come out.
import type {
	DeploymentContent,
	FingerprintEvidence,
	FingerprintSignature
} from '$lib/signoff/fingerprint';

/** The prefix of every payload of this format. */
export const PAYLOAD_PREFIX = 'ss1.';
/** The most characters an encoded payload may have (about 1.5 MB of compressed bytes). */
export const MAX_ENCODED = 2_000_000;
/** The most bytes its JSON may have once decompressed. */
export const MAX_JSON_BYTES = 8_000_000;

/** What a payload carries: the content a fingerprint covers, and a few words about it. */
export interface Payload {
	content: DeploymentContent;
	/** The deployment's title and its template's name, when known. */
	title?: string;
	templateName?: string;
	/** The sign-off as recorded, when signed (its fingerprint is checked, never believed). */
	signoff?: { at: number; fingerprint: string };
}

/** A payload that could not be read, with why in words. */
export class PayloadError extends Error {}

/** The payload as `ss1.<base64url of deflate-raw(JSON)>`. */
export async function encodePayload(payload: Payload): Promise<string> {
	const json = JSON.stringify(payloadJson(payload));
	const bytes = new TextEncoder().encode(json);
	if (bytes.length > MAX_JSON_BYTES) throw new PayloadError(tooBig(bytes.length));
	const packed = await pipe(bytes, new CompressionStream('deflate-raw'), Infinity);
	const text = PAYLOAD_PREFIX + toBase64Url(packed);
	if (text.length > MAX_ENCODED) throw new PayloadError(tooBig(bytes.length));
	return text;
}

/** Reads a payload; throws a PayloadError saying what is wrong with it. */
export async function decodePayload(text: string): Promise<Payload> {
	const trimmed = text.replace(/\s+/g, '');
	if (!trimmed.startsWith(PAYLOAD_PREFIX)) {
		const known = /^ss\d+\./.test(trimmed);
		throw new PayloadError(
			known
				? 'This content was written by a newer version of Shipshape; update the app to read it.'
				: 'This is not Shipshape content (it does not start with “ss1.”).'
		);
	}
	if (trimmed.length > MAX_ENCODED)
		throw new PayloadError('The embedded content is too long to be Shipshape content.');
	const bytes = fromBase64Url(trimmed.slice(PAYLOAD_PREFIX.length));
	let json: Uint8Array;
	try {
		json = await pipe(bytes, new DecompressionStream('deflate-raw'), MAX_JSON_BYTES);
	} catch (error) {
		if (error instanceof PayloadError) throw error;
		throw new PayloadError('The embedded content is damaged: it could not be decompressed.');
	}
	let parsed: unknown;
	try {
		parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
	} catch {
		throw new PayloadError('The embedded content is damaged: it is not readable JSON.');
	}
	return checkPayload(parsed);
}

function tooBig(bytes: number): string {
	return `The content is ${Math.round(bytes / 1000)} kB, more than a payload may hold.`;
}

/** Runs bytes through a (de)compression stream, refusing output beyond `limit` bytes. */
async function pipe(bytes: Uint8Array, stream: GenericTransformStream, limit: number) {
	const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.length;
		if (size > limit) {
			await reader.cancel().catch(() => {});
			throw new PayloadError('The embedded content unpacks to more than a payload may hold.');
		}
		chunks.push(value);
	}
	const out = new Uint8Array(size);
	let at = 0;
	for (const chunk of chunks) {
		out.set(chunk, at);
		at += chunk.length;
	}
	return out;
}

function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000)
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
	if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1)
		throw new PayloadError(
			'The embedded content is damaged: it holds characters base64url has not.'
		);
	const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}

/** The JSON written: version 1 of the schema in README.md. */
function payloadJson(p: Payload) {
	const c = p.content;
	return {
		v: 1,
		source: c.source,
		values: c.values,
		evidence: c.evidence.map(({ source, key, verdict, summary, details, itemIds, at }) => ({
			source,
			key,
			verdict,
			summary,
			details,
			itemIds,
			at
		})),
		signatures: c.signatures.map(({ role, name, signature, date }) => ({
			role,
			name,
			signature,
			date
		})),
		target: c.target,
		vars: c.vars,
		...(p.title !== undefined ? { title: p.title } : {}),
		...(p.templateName !== undefined ? { templateName: p.templateName } : {}),
		...(p.signoff ? { signoff: { at: p.signoff.at, fingerprint: p.signoff.fingerprint } } : {})
	};
}

type Obj = Record<string, unknown>;

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function fail(what: string): never {
	throw new PayloadError(`The embedded content is not in the expected shape: ${what}.`);
}

function str(o: Obj, key: string, where: string): string {
	const v = o[key];
	if (typeof v !== 'string') fail(`${where} has no text “${key}”`);
	return v;
}

function num(o: Obj, key: string, where: string): number {
	const v = o[key];
	if (typeof v !== 'number' || !Number.isFinite(v)) fail(`${where} has no number “${key}”`);
	return v;
}

function strings(v: unknown, where: string): string[] {
	if (!Array.isArray(v) || !v.every((s) => typeof s === 'string'))
		fail(`${where} is not a list of texts`);
	return [...v];
}

/** A record of `check`ed values with own, plain keys (never a prototype). */
function record<T>(v: unknown, where: string, check: (x: unknown) => x is T): Record<string, T> {
	if (!isObject(v)) fail(`${where} is not an object`);
	const out: Record<string, T> = {};
	for (const [key, value] of Object.entries(v)) {
		if (!check(value)) fail(`${where} “${key.slice(0, 60)}” has a value of the wrong kind`);
		Object.defineProperty(out, key, {
			value,
			enumerable: true,
			writable: true,
			configurable: true
		});
	}
	return out;
}

const isEntry = (x: unknown): x is boolean | string | number | null =>
	x === null ||
	typeof x === 'boolean' ||
	typeof x === 'string' ||
	(typeof x === 'number' && Number.isFinite(x));

/** Checks parsed JSON against the schema and copies out only what it names. */
export function checkPayload(parsed: unknown): Payload {
	if (!isObject(parsed)) fail('it is not an object');
	if (parsed.v !== 1) fail(`its version is ${JSON.stringify(parsed.v)}, not 1`);
	if (!Array.isArray(parsed.evidence)) fail('the evidence is not a list');
	if (!Array.isArray(parsed.signatures)) fail('the signatures are not a list');
	const evidence: FingerprintEvidence[] = parsed.evidence.map((e, i) => {
		const where = `evidence ${i + 1}`;
		if (!isObject(e)) fail(`${where} is not an object`);
		return {
			source: str(e, 'source', where),
			key: str(e, 'key', where),
			verdict: str(e, 'verdict', where),
			summary: str(e, 'summary', where),
			details: strings(e.details, `${where}’s details`),
			itemIds: strings(e.itemIds, `${where}’s items`),
			at: num(e, 'at', where)
		};
	});
	const signatures: FingerprintSignature[] = parsed.signatures.map((s, i) => {
		const where = `signature ${i + 1}`;
		if (!isObject(s)) fail(`${where} is not an object`);
		return {
			role: str(s, 'role', where),
			name: str(s, 'name', where),
			signature: str(s, 'signature', where),
			date: str(s, 'date', where)
		};
	});
	const payload: Payload = {
		content: {
			source: str(parsed, 'source', 'the content'),
			values: record(parsed.values, 'the values', isEntry),
			evidence,
			signatures,
			target: str(parsed, 'target', 'the content'),
			vars: record(parsed.vars, 'the variables', (x): x is string => typeof x === 'string')
		}
	};
	if (parsed.title !== undefined) payload.title = str(parsed, 'title', 'the content');
	if (parsed.templateName !== undefined)
		payload.templateName = str(parsed, 'templateName', 'the content');
	if (parsed.signoff !== undefined) {
		const s = parsed.signoff;
		if (!isObject(s)) fail('the sign-off is not an object');
		const fingerprint = str(s, 'fingerprint', 'the sign-off');
		if (!/^[0-9a-f]{64}$/.test(fingerprint)) fail('the sign-off fingerprint is not 64 hex digits');
		payload.signoff = { at: num(s, 'at', 'the sign-off'), fingerprint };
	}
	return payload;
}
