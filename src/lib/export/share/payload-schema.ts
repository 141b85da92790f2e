// The schema check of a decoded payload (README.md beside this file): only the members it names,
// of the types it names, are copied out, into fresh objects, so nothing in a file is trusted.
import { fromLegacyValues } from '$lib/record/legacy';
import type {
	DeploymentContent,
	FingerprintEvidence,
	FingerprintSignature
} from '$lib/record/fingerprint';

/** What a payload carries: the content a fingerprint covers, and a few words about it. */
export interface Payload {
	content: DeploymentContent;
	/** The deployment's title and its template's name, when known. */
	title?: string;
	templateName?: string;
	/** The sign-off as recorded, when signed (its fingerprint is checked, never believed). */
	signoff?: { at: number; fingerprint: string };
	/** The deployment's id on the device that made it (a reply to a share link names it). */
	id?: string;
	/**
	 * Set when `content.source` is left out because it is the app's built-in checklist: the hash
	 * of its text (share links stay short; the reader puts its own built-in text back).
	 */
	builtin?: string;
	/** The content fingerprint when it was made (verdict/content.ts), for the reader to check. */
	print?: string;
}

/** A payload that could not be read, with why in words. */
export class PayloadError extends Error {}

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
			// A link holds decisions as an older release's value map (record/legacy.ts).
			decisions: fromLegacyValues(record(parsed.values, 'the values', isEntry)),
			evidence,
			signatures,
			target: str(parsed, 'target', 'the content'),
			vars: record(parsed.vars, 'the variables', (x): x is string => typeof x === 'string')
		}
	};
	if (parsed.title !== undefined) payload.title = str(parsed, 'title', 'the content');
	if (parsed.id !== undefined) payload.id = str(parsed, 'id', 'the content');
	if (parsed.print !== undefined) {
		const print = str(parsed, 'print', 'the content');
		if (!/^[0-9a-f]{64}$/.test(print)) fail('its content fingerprint is not 64 hex digits');
		payload.print = print;
	}
	if (parsed.builtin !== undefined) {
		const hash = str(parsed, 'builtin', 'the content');
		if (!/^[0-9a-z]+-[0-9a-z]+$/.test(hash)) fail('its built-in checklist is not named by a hash');
		payload.builtin = hash;
	}
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
