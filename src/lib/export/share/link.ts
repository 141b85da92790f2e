// Share links: a whole deployment in a URL's #fragment (which browsers never send to a server),
// and reply links carrying one role's signature back. A deployment's fragment is its content
// payload (payload.ts, `ss1.`); the built-in checklist's text is left out and named by its hash,
// and drawn signatures are left out (they are pictures, too big for a link). A reply is `sr1.`:
// the same compression, a small JSON schema, checked the same way.
import type { EntryValue } from '$lib/checklist/model';
import { setOwn } from '$lib/record/decisions';
import { templateHash } from '$lib/export/markdown/marker';
import { isDrawnSignature } from '$lib/signoff/signatures';
import { decodePayload, encodePayload, PayloadError, type Payload } from './payload';
import { decodeReply, type Reply } from './reply';

export { LINK_BUDGET } from './link-budget';
/** The most characters of fragment this app opens (a link is hostile input). */
export const MAX_FRAGMENT = 400_000;
/** What a link shows in place of a drawn signature. */
export const DRAWN_LEFT_OUT = '(drawn signature: see the PDF; too big for a link)';

/** What a fragment holds, read and checked. */
export type Opened = { kind: 'deployment'; payload: Payload } | { kind: 'reply'; reply: Reply };

/** A share link's fragment for a deployment's payload, and what had to be left out of it. */
export async function shareFragment(
	payload: Payload,
	builtinSource: string | null
): Promise<{ fragment: string; leftOut: string[] }> {
	const leftOut: string[] = [];
	const { decisions } = payload.content;
	const values: Record<string, EntryValue | undefined> = {};
	for (const [id, value] of Object.entries(decisions.values))
		setOwn(values, id, isDrawnSignature(value) ? DRAWN_LEFT_OUT : value);
	const drawn = Object.values(decisions.values).filter(isDrawnSignature).length;
	if (drawn)
		leftOut.push(
			`${drawn} drawn signature${drawn === 1 ? '' : 's'} (${drawn === 1 ? 'it is a picture' : 'they are pictures'}, too big for a link; the PDF has ${drawn === 1 ? 'it' : 'them'})`
		);
	const signatures = payload.content.signatures.map((s) =>
		isDrawnSignature(s.signature) ? { ...s, signature: DRAWN_LEFT_OUT } : s
	);
	const builtin = builtinSource !== null && payload.content.source === builtinSource;
	const text = await encodePayload({
		...payload,
		content: {
			...payload.content,
			decisions: { ...decisions, values },
			signatures,
			source: builtin ? '' : payload.content.source
		},
		...(builtin ? { builtin: templateHash(builtinSource) } : {})
	});
	return { fragment: text, leftOut };
}

/**
 * Reads a link's fragment (with or without its `#`): a shared deployment or a reply. Throws a
 * PayloadError that says in words what is wrong; nothing is stored by reading.
 */
export async function openFragment(hash: string, builtin: () => Promise<string>): Promise<Opened> {
	let text: string;
	try {
		text = decodeURIComponent(hash.replace(/^#/, '')).trim();
	} catch {
		throw new PayloadError('This link is damaged: part of it is not valid text.');
	}
	if (!text) throw new PayloadError('This link has nothing after its “#”: it was cut short.');
	if (text.length > MAX_FRAGMENT)
		throw new PayloadError(
			`This link is ${text.length} characters long: too long to be Shipshape’s.`
		);
	if (/^sr\d+\./.test(text)) return { kind: 'reply', reply: await decodeReply(text) };
	const payload = await decodePayload(text);
	if (payload.builtin !== undefined) {
		const source = await builtin();
		if (templateHash(source) !== payload.builtin)
			throw new PayloadError(
				'This link was made from another version of the built-in checklist than this app has. Ask for the Markdown report instead, or open the link in the version of Shipshape that made it.'
			);
		payload.content.source = source;
	}
	return { kind: 'deployment', payload };
}

/** The full link for a fragment, on this app's own share page. */
export function linkFor(origin: string, base: string, fragment: string): string {
	return `${origin}${base}/share/#${fragment}`;
}
