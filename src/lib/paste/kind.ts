// What a kind of pasted output is: one module in kinds/, listed once in registry.ts. It names
// itself and the command whose output it reads, and reads that output into findings or a
// message; read-paste.ts does the rest (refusing what is no command's output at all).
import type { Finding } from '$lib/evidence/finding';
import type { HeaderGrade } from '$lib/observatory';
import { looksLike } from './paste-text';

/** What a reader is told besides the text; the fields are read-paste's PasteExpectation's. */
export interface PasteContext {
	/** The command the person was shown, as given (may be empty). */
	command: string;
	/** The target's base URL, for the words and commands of health findings. */
	base?: string;
	/** The deployment's host, e.g. "your-app.fly.dev", to compare a redirect's target with. */
	host?: string;
	/** For timings: the limit in ms the total must stay under. */
	thresholdMs?: number;
}

/** Findings read from the paste (and the Observatory grade it allows), or why there are none. */
export type PasteResult =
	{ ok: true; findings: Finding[]; grade?: HeaderGrade } | { ok: false; message: string };

/** One kind of pasted output. */
export interface PasteReader<Id extends string = string> {
	/** What PasteExpectation.kind names; a readable command's `paste`. */
	id: Id;
	/** The command to name in messages when none was given. */
	fallbackCommand: string;
	/**
	 * Reads text that is plausible terminal output (terminal codes removed) into findings, or
	 * says what it lacks. `command` is the command to name in messages, in backticks.
	 */
	read(text: string, expect: PasteContext, command: string): PasteResult;
}

/** A refusal with its message. */
export function refuse(message: string): PasteResult {
	return { ok: false, message };
}

/** The refusal for text that lacks what `command` prints (`needed`), naming what it looks like. */
export function missing(text: string, command: string, needed: string): PasteResult {
	const what = looksLike(text);
	const start = what
		? `This looks like ${what}, not the output of ${command}`
		: `This is not the output of ${command}`;
	return refuse(
		`${start}: it has no ${needed}. Run the command in a terminal and paste what it prints.`
	);
}
