// Checks a paste is plausible terminal text before any parser sees it, and recognises the
// usual mistakes (a web page, a stack trace) so the message can say what was pasted instead.
import { prettyBytes } from '$lib/util/bytes';

/** Pastes larger than this are refused; the outputs read here are a few hundred bytes. */
export const MAX_PASTE_BYTES = 256 * 1024;

/** Bytes the text takes as UTF-8, counted without copying it. */
export function utf8Length(text: string): number {
	let bytes = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < 0x80) bytes += 1;
		else if (code < 0x800) bytes += 2;
		else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
			bytes += 4;
			i++;
		} else bytes += 3;
	}
	return bytes;
}

const ESC = String.fromCharCode(27);
const BEL = String.fromCharCode(7);
/** OSC sequences (curl 8 prints Location as a terminal hyperlink) and CSI colour codes. */
const OSC = new RegExp(`${ESC}\\][^${BEL}${ESC}]*(?:${BEL}|${ESC}\\\\)`, 'g');
const CSI = new RegExp(`${ESC}\\[[0-9;?]*[A-Za-z]`, 'g');

/** Removes terminal colour codes and hyperlinks, which curl may print on a terminal. */
export function stripTerminalCodes(text: string): string {
	return text.replace(OSC, '').replace(CSI, '');
}

/** Why the text cannot be any command's output (empty, too large, not text), or null. */
export function unreadable(text: string, command: string): string | null {
	if (text.trim() === '') {
		return `Nothing was pasted. Run ${command} in a terminal and paste what it prints.`;
	}
	const bytes = utf8Length(text);
	if (bytes > MAX_PASTE_BYTES) {
		return `The pasted text is ${prettyBytes(bytes)}, but the output of ${command} is a few hundred bytes. Paste only what that command prints.`;
	}
	if (text.includes('\u0000') || controlShare(text) > 0.1) {
		return `This is not text: it holds NUL or other control characters, so it cannot be the output of ${command}. Paste what the command prints in a terminal.`;
	}
	return null;
}

function controlShare(text: string): number {
	let odd = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		const control = (code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 127;
		if (control || code === 0xfffd) odd++;
	}
	return odd / text.length;
}

/** What the text looks like when it is a familiar wrong paste, in words, or null. */
export function looksLike(text: string): string | null {
	const start = text.trimStart().slice(0, 2000).toLowerCase();
	if (/^(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/.test(start)) return 'an HTML page';
	if (
		/^[ \t]*at [\w$.<>/]+\(.*\)[ \t]*$/m.test(text) ||
		/^Exception in thread |Traceback \(most recent call last\)|^[ \t]*\*\* \([A-Z]\w*(Error|Exception)\)/m.test(
			text
		)
	) {
		return 'a stack trace from a program';
	}
	return null;
}
