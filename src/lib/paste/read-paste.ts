// The one door for pasted command output: a browser cannot see a plain-http redirect, most
// security headers or a rate limiter on a server without CORS, so the checklist gives shell
// commands and this turns what the person pastes back into findings, through the reader of its
// kind (registry.ts). Bad or unrelated text comes back as a message naming what was expected and
// from which command; nothing throws.
import { refuse, type PasteContext, type PasteResult } from './kind';
import { stripTerminalCodes, unreadable } from './paste-text';
import { PASTE_KINDS, type PasteKind } from './registry';

export type { PasteResult };

/** What the paste should be: which check, the command the person was shown, and its target. */
export interface PasteExpectation extends PasteContext {
	kind: PasteKind;
}

/** Reads pasted output of the command `expect` describes; never throws. */
export function readPaste(text: string, expect: PasteExpectation): PasteResult {
	let command = '`the command`';
	try {
		command = quoted(expect);
		if (typeof text !== 'string')
			return refuse(`Nothing was pasted. Run ${command} and paste what it prints.`);
		const problem = unreadable(text, command);
		if (problem) return refuse(problem);
		const reader = PASTE_KINDS.find((k) => k.id === expect.kind);
		if (!reader)
			return refuse(`Shipshape does not know how to read output for “${String(expect.kind)}”.`);
		return reader.read(stripTerminalCodes(text), expect, command);
	} catch (e) {
		const why = e instanceof Error ? e.message : String(e);
		return refuse(
			`Shipshape could not read this paste (${why}). Paste the output of ${command} as it is.`
		);
	}
}

/** The command to name in messages, in backticks: the one given, else the kind's usual one. */
function quoted(expect: PasteExpectation): string {
	const given = typeof expect?.command === 'string' ? expect.command.trim() : '';
	const usual = PASTE_KINDS.find((k) => k.id === expect?.kind)?.fallbackCommand;
	return `\`${given || usual || 'the command'}\``;
}
