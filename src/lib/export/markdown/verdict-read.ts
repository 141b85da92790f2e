// Reads the top block of an exported report (see verdict-block.ts): the waivers it lists and the
// fingerprint it prints. Loaded with the importer, which has the parser anyway.
import type { Waiver } from '$lib/record/decisions';
import { decodeInline } from './report-import-decode';

/** The fingerprint a report prints, or null when it prints none. */
export function printedFingerprint(block: string): string | null {
	return /\*\*Fingerprint\*\* \(SHA-256\): `([0-9a-f]{64})`/.exec(block)?.[1] ?? null;
}

const BY =
	/^- By: (.*), (?:\d{4}-\d\d-\d\d \d\d:\d\d UTC[+-]\d\d:\d\d|an unknown time) <!-- waiver (\S+) (-?\d+(?:\.\d+)?) -->$/;

/** The waivers a verdict block lists, by exception key, read from its visible words. */
export function readWaivers(block: string): Map<string, Waiver> {
	const waivers = new Map<string, Waiver>();
	let reason: string | null = null;
	for (const raw of block.split('\n')) {
		// Only the quote marker, indentation and trailing spaces or tabs go: a value never ends in
		// them (escape.ts), but it may end in other white space such as U+00A0.
		const line = raw.replace(/^> ?[ \t]*/, '').replace(/[ \t]+$/, '');
		if (line.startsWith('- Reason: ')) reason = line.slice('- Reason: '.length);
		const by = BY.exec(line);
		if (by && reason !== null) {
			waivers.set(by[2], {
				reason: decodeInline(reason),
				by: decodeInline(by[1]),
				at: Number(by[3])
			});
			reason = null;
		}
	}
	return waivers;
}
