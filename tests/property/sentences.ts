// What "a clear error" means to the fuzz properties: a non-empty sentence with a full stop, in
// words, with no JavaScript exception or engine phrase leaking out of the code that wrote it.
import { expect } from 'vitest';
import type { Finding } from '$lib/evidence/finding';

/** Exception names and engine phrases that mean an internal error reached the person. */
const INTERNAL =
	/\b(TypeError|RangeError|SyntaxError|ReferenceError|InternalError|DOMException|DataError|DataCloneError|ConstraintError|AbortError)\b|\bError: |is not a function|Cannot read propert|is not iterable|Maximum call stack|\[object \w+\]/;
/** Words that show a missing or broken value, checked outside quoted text. */
const BROKEN = /\b(undefined|NaN)\b/;

/** The text with quoted parts ("…", “…”, `…`) taken out: those quote the input. */
function unquoted(text: string): string {
	return text.replace(/"[^"]*"|“[^”]*”|`[^`]*`/g, '');
}

/** Asserts `message` is a sentence for a person: not empty, ending with `end`, nothing internal. */
export function expectSentence(message: unknown, end: RegExp = /\.$/): void {
	expect(typeof message).toBe('string');
	const text = message as string;
	expect(text.trim().length).toBeGreaterThan(0);
	expect(text.trimEnd()).toMatch(end);
	expect(text).not.toMatch(INTERNAL);
	expect(unquoted(text)).not.toMatch(BROKEN);
}

/** Asserts a piece of generated wording shows no broken value (undefined, NaN, [object …]). */
export function expectWords(text: unknown): void {
	expect(typeof text).toBe('string');
	expect((text as string).trim().length).toBeGreaterThan(0);
	expect(unquoted(text as string)).not.toMatch(BROKEN);
	expect(text).not.toMatch(/\[object \w+\]/);
}

const VERDICTS = ['pass', 'fail', 'unknown', 'error'];

/** Asserts a finding is complete and worded: no undefined, NaN or Infinity in its summary. */
export function expectFinding(f: Finding): void {
	expect(typeof f.key).toBe('string');
	expect(f.key.length).toBeGreaterThan(0);
	expect(Array.isArray(f.items)).toBe(true);
	expect(VERDICTS).toContain(f.verdict);
	expectWords(f.summary);
	expect(f.summary).not.toMatch(/\bInfinity\b/);
	for (const d of f.details ?? []) expect(typeof d).toBe('string');
	if (f.next !== undefined) expect(typeof f.next).toBe('string');
}
