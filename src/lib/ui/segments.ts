// A command or snippet as shown in a code block: plain text, and placeholders that are filled
// in (shown marked) or still unfilled (highlighted; copying them warns first).

/** A run of plain text, or one placeholder with its value (null while unfilled). */
export type Segment =
	| { t: 'text'; v: string }
	| { t: 'var'; name: string; label: string; placeholder: string; value: string | null };

/** The text as it will be copied: values where known, placeholders where not. */
export function segmentsText(segments: Segment[]): string {
	return segments.map((s) => (s.t === 'text' ? s.v : (s.value ?? s.placeholder))).join('');
}

/** Labels of the placeholders still unfilled, each once. */
export function unfilled(segments: Segment[]): string[] {
	return [
		...new Set(segments.flatMap((s) => (s.t === 'var' && s.value === null ? [s.label] : [])))
	];
}
