// A reply link's content: one role's signature and the content fingerprint it was given to,
// for the device that holds the deployment. `sr1.` + base64url(deflate-raw(JSON)), like a
// payload (payload.ts), with its own small schema; nothing in it is trusted.
import { PayloadError } from './payload';

export const REPLY_PREFIX = 'sr1.';
/** The most characters a reply may have (a drawn signature is a picture of a few kB). */
const MAX_REPLY = 120_000;
const MAX_REPLY_JSON = 200_000;

/** One role's signature for one deployment's content. */
export interface Reply {
	/** The deployment's id on the device that shared it. */
	id: string;
	/** Its name, to say which deployment the reply is for. */
	title: string;
	role: string;
	name: string;
	/** Typed text, or a drawn signature (a PNG data URL). */
	signature: string;
	date: string;
	/** The content fingerprint the signature was given to (64 hex digits). */
	print: string;
	/** When it was signed (ms since epoch). */
	at: number;
}

/** The reply as `sr1.<base64url of deflate-raw(JSON)>`. */
export async function encodeReply(reply: Reply): Promise<string> {
	const { id, title, role, name, signature, date, print, at } = reply;
	const json = JSON.stringify({ v: 1, id, title, role, name, signature, date, print, at });
	const packed = await through(
		new TextEncoder().encode(json),
		new CompressionStream('deflate-raw')
	);
	return REPLY_PREFIX + toBase64Url(packed);
}

/** Reads a reply; throws a PayloadError saying in words what is wrong. */
export async function decodeReply(text: string): Promise<Reply> {
	const body = text.replace(/\s+/g, '');
	if (!body.startsWith(REPLY_PREFIX))
		throw new PayloadError(
			/^sr\d+\./.test(body)
				? 'This reply link was made by a newer version of Shipshape; update the app to read it.'
				: 'This is not a Shipshape reply link.'
		);
	if (body.length > MAX_REPLY) throw new PayloadError('This reply link is too long to be one.');
	const raw = body.slice(REPLY_PREFIX.length);
	if (!/^[A-Za-z0-9_-]*$/.test(raw) || raw.length % 4 === 1)
		throw new PayloadError(
			'This reply link is damaged: it holds characters a link of ours has not.'
		);
	let json: string;
	try {
		const bytes = await through(
			fromBase64Url(raw),
			new DecompressionStream('deflate-raw'),
			MAX_REPLY_JSON
		);
		json = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch (error) {
		if (error instanceof PayloadError) throw error;
		throw new PayloadError('This reply link is damaged or cut short: it could not be unpacked.');
	}
	let parsed: unknown;
	try {
		parsed = JSON.parse(json);
	} catch {
		throw new PayloadError('This reply link is damaged: its content is not readable.');
	}
	return checkReply(parsed);
}

function checkReply(parsed: unknown): Reply {
	const bad = (what: string): never => {
		throw new PayloadError(`This reply link is not in the expected shape: ${what}.`);
	};
	if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) bad('not an object');
	const o = parsed as Record<string, unknown>;
	if (o.v !== 1) bad(`its version is ${JSON.stringify(o.v)}, not 1`);
	const text = (key: string, max = 2000) => {
		const v = o[key];
		if (typeof v !== 'string' || v.length > max) bad(`no text “${key}”`);
		return v as string;
	};
	const reply: Reply = {
		id: text('id', 200),
		title: text('title'),
		role: text('role', 200),
		name: text('name'),
		signature: text('signature', MAX_REPLY),
		date: text('date', 40),
		print: text('print', 64),
		at: typeof o.at === 'number' && Number.isFinite(o.at) ? o.at : bad('no time “at”')
	};
	if (!/^[0-9a-f]{64}$/.test(reply.print)) bad('its fingerprint is not 64 hex digits');
	if (!reply.role.trim() || !reply.signature.trim()) bad('it has no role or no signature');
	return reply;
}

async function through(bytes: Uint8Array, stream: GenericTransformStream, limit = Infinity) {
	const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.length;
		if (size > limit) {
			await reader.cancel().catch(() => {});
			throw new PayloadError('This reply link unpacks to more than a reply may hold.');
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
	const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}
