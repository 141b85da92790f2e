// Writes people's text into Markdown so that GitHub shows exactly that text and nothing else.
// Markdown punctuation that could start emphasis, code, links, HTML, entities, tables,
// strikethrough or math is backslash-escaped; what Markdown would drop or reinterpret (spaces at
// either end, tabs, line breaks inside a one-line value) becomes a numeric character reference.
// The `:` of `://` and the `.` of `www.` are escaped too: the parser would otherwise start a
// literal autolink there, which keeps the backslashes of later escapes as visible text.
// report-import-decode.ts reads it back with the same GFM parser, which undoes both exactly.

/** What a drawn signature (or any other `data:` URL) reads as in a report. */
export const DRAWN_WORDS = '(drawn signature, see PDF)';

/** A field's or cell's value as written: escaped, or a drawn signature in words. */
export function escapeValue(value: string): string {
	return /^data:[\w.+/-]*[;,]/i.test(value.trim()) ? DRAWN_WORDS : escapeInline(value);
}

/** Characters escaped wherever they appear. */
const SPECIAL = /[\\`*_[\]<&|~$]/;
/** ASCII punctuation: at the start of a line any of it could open a block, so it is escaped. */
const PUNCTUATION = /^[!-/:-@[-`{-~]/;
const REFERENCES: Record<string, string> = { '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

/**
 * Text for the middle of a line (a field or a table cell). The result never holds a line break,
 * a pipe that could end a cell, or whitespace at either end.
 */
export function escapeInline(text: string): string {
	const lead = /^ */.exec(text)?.[0].length ?? 0;
	const trail = lead < text.length ? (/ *$/.exec(text)?.[0].length ?? 0) : 0;
	let out = '';
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === ' ' && (i < lead || i >= text.length - trail)) out += '&#32;';
		// Markdown has no way to carry U+0000 (parsers read it as U+FFFD); write that instead of
		// a NUL byte, which would make the file look binary.
		else if (c === '\u0000') out += '\uFFFD';
		else if (REFERENCES[c]) out += REFERENCES[c];
		else if (SPECIAL.test(c) || startsAutolink(text, i)) out += `\\${c}`;
		else out += c;
	}
	return out;
}

function startsAutolink(text: string, i: number): boolean {
	if (text[i] === ':') return text.startsWith('//', i + 1);
	return text[i] === '.' && i >= 3 && text.slice(i - 3, i).toLowerCase() === 'www';
}

/**
 * Several lines of text as one paragraph that GitHub shows line for line: each line break is a
 * backslash hard break, blank lines are empty hard breaks, and trailing line breaks are
 * references. Lines after the first start with `indent` (inside a list item).
 */
export function escapeLines(text: string, indent = ''): string {
	const body = text.replace(/\n+$/, '');
	const lines = body.split('\n').map(escapeLineStart);
	lines[lines.length - 1] += '&#10;'.repeat(text.length - body.length);
	return lines.join(`\\\n${indent}`);
}

/** Escapes a line so that its start cannot open a block (list, heading, quote, fence, …). */
function escapeLineStart(line: string): string {
	const out = escapeInline(line);
	const number = /^\d+(?=[.)])/.exec(out)?.[0];
	if (number) return `${number}\\${out.slice(number.length)}`;
	// `\` and `&` at the start are already an escape or a reference.
	if (PUNCTUATION.test(out) && out[0] !== '\\' && out[0] !== '&') return `\\${out}`;
	return out;
}
