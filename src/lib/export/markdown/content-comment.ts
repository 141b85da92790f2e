// The invisible comment before a report's marker that embeds its fingerprinted content (the
// `ss1.` payload of export/share/payload.ts), wrapped at 76 characters, so "Verify a report" can
// recompute the fingerprint and compare what the report shows with what was fingerprinted.

const OPEN = '<!-- shipshape-content';
const WIDTH = 76;

/** The comment holding an encoded payload. */
export function contentComment(payload: string): string {
	const lines: string[] = [];
	for (let i = 0; i < payload.length; i += WIDTH) lines.push(payload.slice(i, i + WIDTH));
	return [OPEN, ...lines, '-->'].join('\n');
}

/** The payload text of an HTML comment, or null when it is not a content comment. */
export function readContentComment(html: string): string | null {
	const text = html.trim();
	if (!text.startsWith(OPEN) || !text.endsWith('-->')) return null;
	return text.slice(OPEN.length, -3).replace(/\s+/g, '');
}
