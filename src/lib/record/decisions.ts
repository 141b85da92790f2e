// A deployment's decisions, typed: what each item holds (a tick, a text, a rating) and the release
// decisions beside them (a task not applicable and why, a waiver of an exception, the content a
// role's signature was given to). This is what the rules read, the page shows and the fingerprint
// covers; records.ts says how each one is stored, legacy.ts how older releases wrote them.
import type { EntryValue } from '$lib/checklist/model';

/** An item's value: a task's tick, a field's or cell's text, a rating (null: cleared). */
export type ItemValue = EntryValue;

/** Why an exception is accepted, who accepted it and when. */
export interface Waiver {
	reason: string;
	by: string;
	/** ms since epoch */
	at: number;
}

/** The fingerprint formats (record/fingerprint.ts): 1 read values from prefixed ids, 2 is typed. */
export type FingerprintVersion = 1 | 2;

/** Everything a deployment holds beside its template, evidence, target and command values. */
export interface Decisions {
	/** Item id → value. */
	values: Record<string, ItemValue | undefined>;
	/** Task id → why it is not applicable ('' when no reason was given); null: it applies again. */
	na: Record<string, string | null | undefined>;
	/** Exception key → its waiver; null: withdrawn. */
	waivers: Record<string, Waiver | null | undefined>;
	/**
	 * Signature cell id → the content fingerprint its signature was given to (in either format:
	 * a print names its format, as no text hashes alike in two); null: unbound.
	 */
	signed: Record<string, string | null | undefined>;
	/**
	 * What an older release stored that is none of the above (by its stored id), kept exactly so
	 * its fingerprints still verify; no rule reads it.
	 */
	other?: Record<string, EntryValue | undefined>;
}

/**
 * Sets an own property, so an id from a file or a link like "__proto__" stays a plain key (an
 * assignment would set the object's prototype instead).
 */
export function setOwn<T>(into: Record<string, T>, key: string, value: T): void {
	Object.defineProperty(into, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Decisions with nothing in them. */
export function noDecisions(): Decisions {
	return { values: {}, na: {}, waivers: {}, signed: {} };
}

/** Decisions from some of their parts (the rest empty). */
export function decisions(parts: Partial<Decisions>): Decisions {
	return { ...noDecisions(), ...parts };
}

/** Whether a task is marked not applicable, and why. */
export function notApplicable(d: Pick<Decisions, 'na'>, taskId: string): { reason: string } | null {
	const reason = d.na[taskId];
	return typeof reason === 'string' ? { reason } : null;
}

/** True when a waiver says why and who, with a time (a stored one may be damaged). */
export function isWaiver(w: unknown): w is Waiver {
	if (typeof w !== 'object' || w === null) return false;
	const { reason, by, at } = w as Record<string, unknown>;
	return (
		typeof reason === 'string' &&
		typeof by === 'string' &&
		typeof at === 'number' &&
		reason.trim() !== '' &&
		by.trim() !== '' &&
		Number.isFinite(at)
	);
}

/** Every waiver in force, by exception key. */
export function waiversOf(d: Pick<Decisions, 'waivers'>): Map<string, Waiver> {
	const waivers = new Map<string, Waiver>();
	for (const [key, w] of Object.entries(d.waivers)) if (isWaiver(w)) waivers.set(key, w);
	return waivers;
}

/** A plain copy, to hand to another owner (a report, a link) without sharing state. */
export function copyDecisions(d: Decisions): Decisions {
	const copy: Decisions = {
		values: { ...d.values },
		na: { ...d.na },
		waivers: Object.fromEntries(Object.entries(d.waivers).map(([k, w]) => [k, w && { ...w }])),
		signed: { ...d.signed }
	};
	if (d.other && Object.keys(d.other).length) copy.other = { ...d.other };
	return copy;
}
