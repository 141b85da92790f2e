// Field-level writes of a run's values, and a live view of them for other tabs' changes.
import { liveQuery, type Observable } from 'dexie';
import type { Checklist, EntryValue } from '$lib/checklist/model';
import { isDecisionId } from '$lib/record/keys';
import { summarize, summaryItemIds } from '$lib/verdict/summary';
import { localDate } from '$lib/util/dates';
import { db } from './connection';
import { ReadOnlyError } from './errors';
import type { EntryRecord, DeploymentRecord } from './schema';

// Snapshots never change once written, so their parsed facts can be cached by id.
const summaryIds = new Map<string, Set<string>>();
const models = new Map<string, Checklist>();

// A run's snapshot never changes either.
const snapshotOf = new Map<string, string>();

/** Whether a write may change the run's summary; true while that is not yet known. */
function countsTowardsSummary(runId: string, itemId: string): boolean {
	if (isDecisionId(itemId)) return true;
	const snapshotId = snapshotOf.get(runId);
	const ids = snapshotId === undefined ? undefined : summaryIds.get(snapshotId);
	return ids === undefined || ids.has(itemId);
}

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
		// Requests issued together need one round trip to the storage thread instead of one each:
		// a tick then waits less behind whatever the page is painting.
		const counts = countsTowardsSummary(runId, itemId);
		const [run, stored] = await Promise.all([
			d.runs.get(runId),
			counts ? d.entries.where('runId').equals(runId).toArray() : null
		]);
		if (!run) throw new Error('This deployment no longer exists (deleted in another tab?).');
		if (run.status === 'signed') throw new ReadOnlyError();
		const entry = { runId, itemId, value, updatedAt: at };
		const model = await modelOf(run.snapshotId);
		snapshotOf.set(runId, run.snapshotId);
		let ids = summaryIds.get(run.snapshotId);
		if (!ids) summaryIds.set(run.snapshotId, (ids = summaryItemIds(model)));
		let next: DeploymentRecord = { ...run, updatedAt: at };
		if (ids.has(itemId) || isDecisionId(itemId)) {
			// Read late only if the run's snapshot was not what the cache said (a restored run).
			const all = stored ?? (await d.entries.where('runId').equals(runId).toArray());
			const values = Object.fromEntries(all.map((e) => [e.itemId, e.value]));
			values[itemId] = value;
			const failing = run.summary.failing ?? {};
			next = { ...next, summary: summarize(model, values, localDate(run.createdAt), failing) };
		}
		// The run was read in this transaction, so writing it whole loses nobody's change.
		await Promise.all([d.entries.put(entry), d.runs.put(next)]);
	});
}

/** A run's stored values, kept current as any tab changes them. */
export function watchEntries(runId: string): Observable<EntryRecord[]> {
	return liveQuery(() => db().entries.where('runId').equals(runId).toArray());
}

/**
 * Saves several items' values at once (a signature's name, picture, date and binding), all or
 * nothing, with the run's summary in step.
 */
export async function setEntries(
	runId: string,
	values: Record<string, EntryValue>,
	at = Date.now()
): Promise<void> {
	const d = db();
	await d.transaction('rw', [d.runs, d.entries, d.snapshots], async () => {
		const run = await d.runs.get(runId);
		if (!run) throw new Error('This deployment no longer exists (deleted in another tab?).');
		if (run.status === 'signed') throw new ReadOnlyError();
		const model = await modelOf(run.snapshotId);
		const stored = await d.entries.where('runId').equals(runId).toArray();
		const all = { ...Object.fromEntries(stored.map((e) => [e.itemId, e.value])), ...values };
		const failing = run.summary.failing ?? {};
		const summary = summarize(model, all, localDate(run.createdAt), failing);
		await d.entries.bulkPut(
			Object.entries(values).map(([itemId, value]) => ({ runId, itemId, value, updatedAt: at }))
		);
		await d.runs.put({ ...run, updatedAt: at, summary });
	});
}
