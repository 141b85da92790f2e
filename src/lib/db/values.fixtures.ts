// For specs written against value maps: write and read a deployment's decisions as the item id →
// value rows of releases before typed records (record/legacy.ts converts both ways).
import type { EntryValue } from '$lib/checklist/model';
import { legacyDecision, legacyEntryOf } from '$lib/record/legacy';
import type { LegacyEntry, StoredRecord } from '$lib/record/stored';
import { setRecord, setRecords } from './records';

/** Saves one value under its legacy id (`na:<task>` and the like for decisions). */
export function setEntry(runId: string, itemId: string, value: EntryValue, at?: number) {
	return setRecord(runId, legacyDecision(itemId, value), at);
}

/** Saves several values under their legacy ids, all or nothing. */
export function setEntries(runId: string, values: Record<string, EntryValue>, at?: number) {
	const decisions = Object.entries(values).map(([id, value]) => legacyDecision(id, value));
	return setRecords(runId, decisions, at);
}

/** A bundle's records as legacy value rows. */
export function entriesOf(bundle: { records: StoredRecord[] } | null | undefined): LegacyEntry[] {
	return (bundle?.records ?? []).map(legacyEntryOf);
}
