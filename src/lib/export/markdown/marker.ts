// The invisible line at the end of an exported report that names its template, so a report can
// be matched to the template it was filled from: `<!-- shipshape-report v1 template=… -->`.
import { normalizeSource } from '$lib/checklist/source';
import { contentHash } from '$lib/util/hash';

const MARKER = /^<!--\s*shipshape-report\s+v1\b([\s\S]*?)-->\s*$/;

/** The identity of a template: a hash of its normalised source and its length. */
export function templateHash(source: string): string {
	return contentHash(normalizeSource(source));
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
