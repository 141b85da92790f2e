// Evidence in the words a reviewer reads ("Health probe: 200 OK, status ok"), not in the stored
// source and key ("probe:health (health:ok)"). Used by the PDF and the Markdown report alike.

const SOURCES: Readonly<Record<string, string>> = {
	'probe:health': 'Health probe',
	'probe:headers': 'Security headers probe',
	'probe:deep': 'Deep health probe',
	'probe:page': 'Homepage probe',
	'probe:latency': 'Latency probe',
	'probe:ratelimit': 'Rate-limit probe',
	'paste:health': 'Pasted health check (curl -sS -i)',
	'paste:deep-health': 'Pasted deep health check (curl -sS -i)',
	'paste:headers': 'Pasted headers (curl -sI)',
	'paste:https-redirect': 'Pasted redirect check (curl -sI http://)',
	'paste:rate-limit': 'Pasted rate-limit loop (curl -X POST)',
	'paste:timings-page': 'Pasted homepage timings (curl -w)',
	'paste:timings-health': 'Pasted health check timings (curl -w)'
};

/** Where a piece of evidence came from, for people: "Health probe", "Pasted headers (curl -sI)". */
export function sourceWords(source: string): string {
	if (Object.hasOwn(SOURCES, source)) return SOURCES[source];
	if (source.startsWith('paste:')) return `Pasted output (${source.slice(6)})`;
	if (source.startsWith('probe:')) return `Probe (${source.slice(6)})`;
	return source || 'Unknown source';
}

/** One piece of evidence in a line: its source in words, then what it found. */
export function evidenceWords(record: { source: string; summary: string }): string {
	const summary = record.summary.trim();
	return summary ? `${sourceWords(record.source)}: ${summary}` : sourceWords(record.source);
}

/** Whether the evidence is a person's pasted output (its excerpt is what they pasted). */
export function isPasted(source: string): boolean {
	return source.startsWith('paste:');
}

/**
 * Whether a record's pasted output is still to be shown: one paste gives a record per finding,
 * all with the same excerpt, and a report shows it once, with the first of them.
 */
export function firstPaste(): (record: { source: string; excerpt?: string }) => boolean {
	const shown = new Set<string>();
	return ({ source, excerpt }) => {
		if (!isPasted(source) || !excerpt?.trim()) return false;
		const key = `${source}\u0000${excerpt}`;
		if (shown.has(key)) return false;
		shown.add(key);
		return true;
	};
}

/** The most lines of pasted output a report shows. */
export const PASTE_LINES = 40;

/** Pasted output cut to `PASTE_LINES` lines, with how many were left out. */
export function cutPasted(text: string): { lines: string[]; cut: number } {
	const lines = text.replace(/\s+$/, '').split('\n');
	if (lines.length <= PASTE_LINES) return { lines, cut: 0 };
	return { lines: lines.slice(0, PASTE_LINES), cut: lines.length - PASTE_LINES };
}

/** The note under cut pasted output. */
export function cutWords(cut: number): string {
	return `(cut: ${cut} more ${cut === 1 ? 'line' : 'lines'})`;
}
