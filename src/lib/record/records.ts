// One typed record per decision, as stored and sent: a tick, a text, a rating, a task not
// applicable, a waiver, a signature's binding. Each carries its schema version and when it was
// made; the latest record of each key is the decision (decisions.ts). A reader checks every
// record it did not write itself (checkRecord) and refuses a newer schema in words.
import { setOwn, type Decisions, type ItemValue, type Waiver } from './decisions';

/** The schema version of the records this app writes and the newest it reads. */
export const RECORD_SCHEMA = 1;

/** What a record decides. */
export type Decision =
	| { kind: 'tick'; item: string; done: boolean }
	| { kind: 'text'; item: string; text: string }
	| { kind: 'rating'; item: string; score: number | null }
	| { kind: 'na'; task: string; reason: string | null }
	| { kind: 'waiver'; exception: string; waiver: Waiver | null }
	| { kind: 'signature'; cell: string; print: string | null }
	| { kind: 'other'; id: string; value: ItemValue };

export type DecisionKind = Decision['kind'];

/** A decision as recorded: its schema version and when it was made (ms since epoch). */
export type DecisionRecord = Decision & { v: typeof RECORD_SCHEMA; at: number };

/**
 * The record's identity within its deployment: a later record with the same key replaces it.
 * An item holds one value whatever its kind, so ticks, texts and ratings share the item's key.
 */
export function recordKey(d: Decision): string {
	switch (d.kind) {
		case 'tick':
		case 'text':
		case 'rating':
			return `item:${d.item}`;
		case 'na':
			return `na:${d.task}`;
		case 'waiver':
			return `waiver:${d.exception}`;
		case 'signature':
			return `signature:${d.cell}`;
		case 'other':
			return `other:${d.id}`;
	}
}

/** The record an item's value makes: a boolean is a tick, a number or null a rating, text a text. */
export function itemDecision(item: string, value: ItemValue): Decision {
	if (typeof value === 'boolean') return { kind: 'tick', item, done: value };
	if (typeof value === 'string') return { kind: 'text', item, text: value };
	return { kind: 'rating', item, score: value };
}

/** The value an item's record gives it (undefined for the release decisions). */
export function itemValue(d: Decision): ItemValue | undefined {
	if (d.kind === 'tick') return d.done;
	if (d.kind === 'text') return d.text;
	if (d.kind === 'rating') return d.score;
	return undefined;
}

/** How a decision is written into a map: as an own property by default (see setOwn). */
export type Setter = <T>(into: Record<string, T>, key: string, value: T) => void;

/** Applies one decision to a set of decisions (the latest record of a key wins). */
export function apply(into: Decisions, d: Decision, set: Setter = setOwn): void {
	switch (d.kind) {
		case 'tick':
		case 'text':
		case 'rating':
			set(into.values, d.item, itemValue(d));
			return;
		case 'na':
			set(into.na, d.task, d.reason);
			return;
		case 'waiver':
			set(into.waivers, d.exception, d.waiver);
			return;
		case 'signature':
			set(into.signed, d.cell, d.print);
			return;
		case 'other':
			set((into.other ??= {}), d.id, d.value);
	}
}

/** The decisions a deployment's records come to, the later of two records of one key winning. */
export function decisionsOf(records: Iterable<Decision & { at?: number }>): Decisions {
	const sorted = [...records].sort((a, b) => (a.at ?? 0) - (b.at ?? 0));
	const into: Decisions = { values: {}, na: {}, waivers: {}, signed: {} };
	for (const r of sorted) apply(into, r);
	return into;
}

/** One record per decision held (what a store writes when it takes a whole deployment in). */
export function recordsOf(d: Decisions): Decision[] {
	const out: Decision[] = [];
	for (const [item, value] of Object.entries(d.values))
		if (value !== undefined) out.push(itemDecision(item, value));
	for (const [task, reason] of Object.entries(d.na))
		if (reason !== undefined) out.push({ kind: 'na', task, reason });
	for (const [exception, waiver] of Object.entries(d.waivers))
		if (waiver !== undefined) out.push({ kind: 'waiver', exception, waiver });
	for (const [cell, print] of Object.entries(d.signed))
		if (print !== undefined) out.push({ kind: 'signature', cell, print });
	for (const [id, value] of Object.entries(d.other ?? {}))
		if (value !== undefined) out.push({ kind: 'other', id, value });
	return out;
}

/** True when `d` already holds what the record decides (so taking it changes nothing). */
export function holds(d: Decisions, r: Decision): boolean {
	switch (r.kind) {
		case 'tick':
		case 'text':
		case 'rating':
			return Object.hasOwn(d.values, r.item) && d.values[r.item] === itemValue(r);
		case 'na':
			return Object.hasOwn(d.na, r.task) && d.na[r.task] === r.reason;
		case 'waiver': {
			const w = Object.hasOwn(d.waivers, r.exception) ? d.waivers[r.exception] : undefined;
			if (w === undefined || w === null || r.waiver === null) return w === r.waiver;
			return w.reason === r.waiver.reason && w.by === r.waiver.by && w.at === r.waiver.at;
		}
		case 'signature':
			return Object.hasOwn(d.signed, r.cell) && d.signed[r.cell] === r.print;
		case 'other':
			return !!d.other && Object.hasOwn(d.other, r.id) && d.other[r.id] === r.value;
	}
}
