// The one normalisation applied to Markdown before it is read or stored.

/**
 * Drops byte-order marks and turns CRLF and lone CR line endings into LF. Every offset in a
 * checklist model points into the normalised text, and exports write LF line endings.
 */
export function normalizeSource(text: string): string {
	return text.replace(/^\uFEFF+/, '').replace(/\r\n?/g, '\n');
}
