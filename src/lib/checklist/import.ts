// The door for a Markdown file someone brings: checks the bytes are text, reads the checklist
// and says in words what was found, or why the file cannot be a template. Never throws.
import { describeDiagnostics } from './describe.ts';
import type { Checklist } from './model.ts';
import type { Root } from 'mdast';
import { parseMarkdownTree, readChecklist } from './parse.ts';
import { normalizeSource } from './source.ts';

/** The largest template file accepted. */
export const MAX_TEMPLATE_BYTES = 2 * 1024 * 1024;

type Refusal = { ok: false; error: string };

/** The most emphasis and bracket characters one line may hold (no checklist needs more). */
const MAX_MARKUP_PER_LINE = 1000;

/**
 * Says which line holds more `*`, `_`, `[` or `]` than any checklist needs, or ''. The Markdown
 * parser's time grows with the square of unmatched ones on a line (16 KB of `*a` takes
 * seconds), so such a file is refused, in a linear scan, before it is parsed.
 */
export function denseLine(source: string): string {
	let count = 0;
	let line = 1;
	for (let i = 0; i < source.length; i++) {
		const c = source.charCodeAt(i);
		if (c === 10) {
			line++;
			count = 0;
		} else if ((c === 42 || c === 95 || c === 91 || c === 93) && ++count > MAX_MARKUP_PER_LINE) {
			return `Line ${line} holds more than ${MAX_MARKUP_PER_LINE} of the characters * _ [ ], which no checklist needs and which would make reading it very slow; shorten that line and try again.`;
		}
	}
	return '';
}

/** Turns a file's bytes into normalised text, or says in a sentence why it is not a template. */
export function decodeTemplateFile(
	bytes: Uint8Array,
	name?: string
): { ok: true; text: string } | Refusal {
	const file = name ? `“${name}”` : 'This file';
	if (bytes.length === 0) return refuse(`${file} is empty.`);
	if (bytes.length > MAX_TEMPLATE_BYTES)
		return refuse(`${file} is ${sizeInWords(bytes.length)}; a template can be at most 2 MB.`);
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
		return refuse(`${file} is saved as UTF-16 text; save it as UTF-8 and try again.`);
	if (bytes.includes(0))
		return refuse(`${file} is a binary file (it contains NUL bytes), not text.`);
	if (mostlyControl(bytes))
		return refuse(`${file} is a binary file (it is full of control characters), not text.`);
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return refuse(`${file} is not valid UTF-8 text; save it as UTF-8 and try again.`);
	}
	text = normalizeSource(text);
	if (!text.trim()) return refuse(`${file} holds only blank lines.`);
	return { ok: true, text };
}

/** Reads a template's text; refuses a document without checklist items. */
export function readTemplate(
	text: string
): { ok: true; source: string; model: Checklist; summary: string } | Refusal {
	try {
		if (text.length > MAX_TEMPLATE_BYTES)
			return refuse(
				`This text is ${sizeInWords(text.length)} long; a template can be at most 2 MB.`
			);
		const source = normalizeSource(text);
		if (!source.trim()) return refuse('This file is empty.');
		const dense = denseLine(source);
		if (dense) return refuse(dense);
		const { model, tree } = readChecklist(source);
		if (model.diagnostics.tasks === 0)
			return refuse(
				'This file has no checklist items (lines like `- [ ] …`), so it cannot be a template.'
			);
		if (!endsClosed(source, tree)) {
			const problem =
				'The document ends inside an unclosed code block or HTML block; add its closing line, ' +
				'or the evidence and marker of an exported report will be hidden inside it.';
			model.diagnostics.problems = [...(model.diagnostics.problems ?? []), problem];
		}
		return { ok: true, source, model, summary: describeDiagnostics(model.diagnostics) };
	} catch (error) {
		const why = error instanceof Error ? error.message : String(error);
		return refuse(`This file could not be read as Markdown (${why}).`);
	}
}

/**
 * Whether text appended after the document would stand on its own (no open fence or HTML).
 * Only the last top-level block can be left open, so only it is read again with a probe after it.
 */
function endsClosed(source: string, tree: Root): boolean {
	const probe = '<!-- shipshape-end -->';
	const lastBlock = tree.children[tree.children.length - 1];
	const tail = source.slice(lastBlock?.position?.start.offset ?? 0);
	const probed = parseMarkdownTree(`${tail}\n\n${probe}\n`);
	const last = probed.children[probed.children.length - 1];
	return last?.type === 'html' && last.value === probe;
}

function refuse(error: string): Refusal {
	return { ok: false, error };
}

/** "950 bytes", "12 KB", "3.4 MB". */
export function sizeInWords(bytes: number): string {
	if (bytes < 1024) return `${bytes} bytes`;
	if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
	return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** More than a tenth of the first 8 KB is control characters other than tab, newline, CR, FF. */
function mostlyControl(bytes: Uint8Array): boolean {
	const head = bytes.subarray(0, 8192);
	let control = 0;
	for (const b of head)
		if ((b < 0x20 && b !== 9 && b !== 10 && b !== 12 && b !== 13) || b === 0x7f) control++;
	return control * 10 > head.length;
}
