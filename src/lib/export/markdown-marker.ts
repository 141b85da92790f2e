// The invisible line at the end of an exported report that names its template, so a report can
// be matched to the template it was filled from: `<!-- shipshape-report v1 template=… -->`.
import { normalizeSource } from '$lib/checklist/source';

const MARKER = /^<!--\s*shipshape-report\s+v1\b([\s\S]*?)-->\s*$/;

/** A 53-bit hash (cyrb53) of a text, in base 36. */
function cyrb53(text: string, seed = 0): string {
	let h1 = 0xdeadbeef ^ seed;
	let h2 = 0x41c6ce57 ^ seed;
	for (let i = 0; i < text.length; i++) {
		const ch = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ ch, 2654435761);
		h2 = Math.imul(h2 ^ ch, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The identity of a template: a hash of its normalised source and its length. */
export function templateHash(source: string): string {
	const text = normalizeSource(source);
	return `${cyrb53(text)}-${text.length.toString(36)}`;
}

/** What a report's marker says. */
export interface Marker {
	template: string | null;
	/** How many evidence entries the appendix before the marker lists. */
	evidence: number;
}

/** The marker comment for a report of the template with this hash. */
export function markerComment(hash: string, evidence: number): string {
	return `<!-- shipshape-report v1 template=${hash} evidence=${evidence} -->`;
}

/** Reads an HTML comment as a report marker, or null when it is not one. */
export function readMarker(html: string): Marker | null {
	const match = MARKER.exec(html.trim());
	if (!match) return null;
	const fields = new Map<string, string>();
	for (const pair of match[1].trim().split(/\s+/)) {
		const eq = pair.indexOf('=');
		if (eq > 0) fields.set(pair.slice(0, eq), pair.slice(eq + 1));
	}
	const template = fields.get('template');
	const evidence = Number(fields.get('evidence') ?? 0);
	return {
		template: template && /^[0-9a-z]+-[0-9a-z]+$/.test(template) ? template : null,
		evidence: Number.isInteger(evidence) && evidence > 0 ? evidence : 0
	};
}
