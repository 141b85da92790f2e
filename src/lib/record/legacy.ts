// How releases before typed records wrote decisions: one map of item id → value, where a task not
// applicable, a waiver and a signature's binding were entries under prefixed ids (`na:<task>`,
// `waiver:<exception key>` holding JSON, `signed:<cell>`). The database is converted once (db/
// upgrades.ts). The files and links people exchange (backups, share and reply links, a report's
// embedded content) keep this shape, so each release reads the others' files; they are read and
// written here only. The first fingerprint format is built from it too (fingerprint-v1.ts).
import type { EntryValue } from '$lib/checklist/model';
import { isWaiver, type Decisions, type Waiver } from './decisions';
import { apply, decisionsOf, itemDecision, type Decision } from './records';
import type { LegacyEntry, StoredRecord } from './stored';

const NA = 'na:';
const WAIVER = 'waiver:';
const SIGNED = 'signed:';

/** The text a waiver was stored as: JSON with its members in this order. */
export function legacyWaiverText(w: Waiver): string {
	return JSON.stringify({ reason: w.reason, by: w.by, at: w.at });
}

/** A waiver stored as text, or null when the text is not one (never throws). */
export function readLegacyWaiver(value: unknown): Waiver | null {
	if (typeof value !== 'string' || !value.startsWith('{')) return null;
	try {
		const parsed: unknown = JSON.parse(value);
		if (!isWaiver(parsed)) return null;
		const w: Waiver = { reason: parsed.reason, by: parsed.by, at: parsed.at };
		// Only a text this app wrote reads back as the same text; another is kept as it was.
		return legacyWaiverText(w) === value ? w : null;
	} catch {
		return null;
	}
}

/** The decision one entry of an older release's value map holds; what fits none is `other`. */
export function legacyDecision(id: string, value: EntryValue): Decision {
	if (id.startsWith(NA)) {
		if (typeof value === 'string' || value === null)
			return { kind: 'na', task: id.slice(NA.length), reason: value };
	} else if (id.startsWith(WAIVER)) {
		const waiver = readLegacyWaiver(value);
		if (waiver || value === null)
			return { kind: 'waiver', exception: id.slice(WAIVER.length), waiver };
	} else if (id.startsWith(SIGNED)) {
		if (typeof value === 'string' || value === null)
			return { kind: 'signature', cell: id.slice(SIGNED.length), print: value };
	} else return itemDecision(id, value);
	return { kind: 'other', id, value };
}

/** The decisions an older release's value map holds; what fits no decision is kept in `other`. */
export function fromLegacyValues(
	values: Readonly<Record<string, EntryValue | undefined>>
): Decisions {
	const d: Decisions = { values: {}, na: {}, waivers: {}, signed: {} };
	for (const [id, value] of Object.entries(values))
		if (value !== undefined) apply(d, legacyDecision(id, value));
	return d;
}

/** The value map an older release would have stored for these decisions (the inverse of the above). */
export function toLegacyValues(d: Decisions): Record<string, EntryValue> {
	const out: Record<string, EntryValue> = {};
	const put = (id: string, value: EntryValue | undefined) => {
		if (value !== undefined)
			Object.defineProperty(out, id, {
				value,
				enumerable: true,
				writable: true,
				configurable: true
			});
	};
	for (const [id, value] of Object.entries(d.values)) put(id, value);
	for (const [task, reason] of Object.entries(d.na)) put(NA + task, reason);
	for (const [key, w] of Object.entries(d.waivers))
		put(WAIVER + key, w === undefined ? undefined : w === null ? null : legacyWaiverText(w));
	for (const [cell, print] of Object.entries(d.signed)) put(SIGNED + cell, print);
	for (const [id, value] of Object.entries(d.other ?? {})) put(id, value);
	return out;
}

/** A stored record as the value row an older release would have stored (for tests and checks). */
export function legacyEntryOf(r: StoredRecord): LegacyEntry {
	const [[itemId, value]] = Object.entries(toLegacyValues(decisionsOf([r])));
	return { runId: r.runId, itemId, value, updatedAt: r.at };
}
