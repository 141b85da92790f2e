// Field-level writes of a run's values, and a live view of them for other tabs' changes.
import { liveQuery, type Observable } from 'dexie';
import type { Checklist, EntryValue } from '$lib/checklist/model';
import { summarize, summaryItemIds } from '$lib/checklist/summary';
import { localDate } from '$lib/dates';
import { db } from './connection';
import { ReadOnlyError } from './errors';
import type { EntryRecord } from './schema';

// Snapshots never change once written, so their parsed facts can be cached by id.
const summaryIds = new Map<string, Set<string>>();
const models = new Map<string, Checklist>();

async function modelOf(snapshotId: string): Promise<Checklist> {
	let model = models.get(snapshotId);
	if (!model) {
		const snapshot = await db().snapshots.get(snapshotId);
		if (!snapshot) throw new Error('The checklist of this deployment is missing from storage.');
		model = snapshot.model;
		models.set(snapshotId, model);
	}
	return model;
}

/**
 * Saves one item's value. The entry, the run's timestamp and (when the item counts towards it)
 * the run's summary change in one transaction, so a crash never leaves them out of step.
 */
export async function setEntry(
	runId: string,
	itemId: string,
	value: EntryValue,
	at = Date.now()
): Promise<void> {
	const d = db();
	await d.transaction('rw', [d.runs, d.entries, d.snapshots], async () => {
		const run = await d.runs.get(runId);
		if (!run) throw new Error('This deployment no longer exists (deleted in another tab?).');
		if (run.status === 'signed') throw new ReadOnlyError();
		await d.entries.put({ runId, itemId, value, updatedAt: at });
		const model = await modelOf(run.snapshotId);
		let ids = summaryIds.get(run.snapshotId);
		if (!ids) summaryIds.set(run.snapshotId, (ids = summaryItemIds(model)));
		if (!ids.has(itemId)) {
			await d.runs.update(runId, { updatedAt: at });
			return;
		}
		const entries = await d.entries.where('runId').equals(runId).toArray();
		const values = Object.fromEntries(entries.map((e) => [e.itemId, e.value]));
		const fallback = localDate(run.createdAt);
		await d.runs.update(runId, { updatedAt: at, summary: summarize(model, values, fallback) });
	});
}

/** A run's stored values, kept current as any tab changes them. */
export function watchEntries(runId: string): Observable<EntryRecord[]> {
	return liveQuery(() => db().entries.where('runId').equals(runId).toArray());
}
