// A deployment's fingerprinted content as one compact text: JSON, deflate-raw compressed,
// base64url encoded, behind a version prefix. Exported reports embed it so they can be verified;
// share links carry it in their fragment. The format is README.md's contract beside this file.
// Input is never trusted: sizes are capped before and while decompressing, and only the members
// the schema names, of the types it names, come out.
import { toLegacyValues } from '$lib/record/legacy';
import { checkPayload, PayloadError, type Payload } from './payload-schema';

export { checkPayload, PayloadError, type Payload };

/** The prefix of every payload of this format. */
export const PAYLOAD_PREFIX = 'ss1.';
/** The most characters an encoded payload may have (about 1.5 MB of compressed bytes). */
export const MAX_ENCODED = 2_000_000;
/** The most bytes its JSON may have once decompressed. */
export const MAX_JSON_BYTES = 8_000_000;

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
		values: toLegacyValues(c.decisions),
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
		...(p.id !== undefined ? { id: p.id } : {}),
		...(p.builtin !== undefined ? { builtin: p.builtin } : {}),
		...(p.print !== undefined ? { print: p.print } : {}),
		...(p.templateName !== undefined ? { templateName: p.templateName } : {}),
		...(p.signoff ? { signoff: { at: p.signoff.at, fingerprint: p.signoff.fingerprint } } : {})
	};
}
