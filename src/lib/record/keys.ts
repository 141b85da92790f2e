// The stored item ids that hold a deployment's release decisions beside its checklist values:
// a task marked not applicable, a waiver of an exception, and the content a signature was given
// to. They are entries like any value (one row each), so they are saved, synced between tabs,
// backed up, exported and fingerprinted with everything else.

const NA = 'na:';
const WAIVER = 'waiver:';
const SIGNED = 'signed:';

/** The entry holding a task's "not applicable" reason ('' = no reason given; null = applies). */
export function naId(taskId: string): string {
	return NA + taskId;
}

/** The entry holding the waiver of one exception (JSON, see readWaiver; null = withdrawn). */
export function waiverId(exceptionKey: string): string {
	return WAIVER + exceptionKey;
}

/** The entry holding the content fingerprint a role's signature cell was given to. */
export function signedId(signatureCellId: string): string {
	return SIGNED + signatureCellId;
}

/** The exception key a waiver entry id names, or null when the id is not a waiver's. */
export function waiverKeyOf(itemId: string): string | null {
	return itemId.startsWith(WAIVER) ? itemId.slice(WAIVER.length) : null;
}

/** True for the ids of this module's entries (they are not items of the template). */
export function isDecisionId(itemId: string): boolean {
	return itemId.startsWith(NA) || itemId.startsWith(WAIVER) || itemId.startsWith(SIGNED);
}

/** True for the entries a signature binds to (not-applicable marks and waivers are content). */
export function isSignatureBindingId(itemId: string): boolean {
	return itemId.startsWith(SIGNED);
}

/** Whether a task is marked not applicable, and why. */
export function notApplicable(
	values: Readonly<Record<string, unknown>>,
	taskId: string
): { reason: string } | null {
	const value = values[naId(taskId)];
	return typeof value === 'string' ? { reason: value } : null;
}

/** A waiver: why an exception is accepted, who accepted it and when. */
export interface Waiver {
	reason: string;
	by: string;
	/** ms since epoch */
	at: number;
}

/** The stored text of a waiver. */
export function writeWaiver(waiver: Waiver): string {
	return JSON.stringify({ reason: waiver.reason, by: waiver.by, at: waiver.at });
}

/** Reads a stored waiver; null when there is none or the value is not one (never throws). */
export function readWaiver(value: unknown): Waiver | null {
	if (typeof value !== 'string' || !value.startsWith('{')) return null;
	try {
		const parsed: unknown = JSON.parse(value);
		if (typeof parsed !== 'object' || parsed === null) return null;
		const { reason, by, at } = parsed as Record<string, unknown>;
		if (typeof reason !== 'string' || typeof by !== 'string' || typeof at !== 'number') return null;
		if (!reason.trim() || !by.trim() || !Number.isFinite(at)) return null;
		return { reason, by, at };
	} catch {
		return null;
	}
}

/** Every stored waiver by exception key. */
export function waiversOf(values: Readonly<Record<string, unknown>>): Map<string, Waiver> {
	const waivers = new Map<string, Waiver>();
	for (const [id, value] of Object.entries(values)) {
		const key = waiverKeyOf(id);
		const waiver = key === null ? null : readWaiver(value);
		if (key !== null && waiver) waivers.set(key, waiver);
	}
	return waivers;
}
