// Field-level writes of a deployment's decisions (one typed record per key), and a live view of
// them for other tabs' changes.
import { liveQuery, type Observable } from 'dexie';
import type { Checklist } from '$lib/checklist/model';
import { apply, decisionsOf, RECORD_SCHEMA, type Decision } from '$lib/record/records';
import { storedRecord, type StoredRecord } from '$lib/record/stored';
import { summarize, summaryItemIds } from '$lib/verdict/summary';
import { localDate } from '$lib/util/dates';
import { db } from './connection';
import { ReadOnlyError } from './errors';
import type { DeploymentRecord } from './schema';

// Snapshots never change once written, so their parsed facts can be cached by id.
const summaryIds = new Map<string, Set<string>>();
const models = new Map<string, Checklist>();

// A run's snapshot never changes either.
const snapshotOf = new Map<string, string>();

/** Whether a decision may change the run's summary; true while that is not yet known. */
function countsTowardsSummary(runId: string, d: Decision): boolean {
	if (d.kind === 'na' || d.kind === 'waiver') return true;
	if (d.kind === 'signature' || d.kind === 'other') return false;
	const snapshotId = snapshotOf.get(runId);
	const ids = snapshotId === undefined ? undefined : summaryIds.get(snapshotId);
	return ids === undefined || ids.has(d.item);
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
 * Saves one decision. The record, the run's timestamp and (when the decision counts towards it)
 * the run's summary change in one transaction, so a crash never leaves them out of step.
 */
export async function setRecord(runId: string, decision: Decision, at = Date.now()): Promise<void> {
	const d = db();
	await d.transaction('rw', [d.runs, d.records, d.snapshots], async () => {
		// Requests issued together need one round trip to the storage thread instead of one each:
		// a tick then waits less behind whatever the page is painting.
		const counts = countsTowardsSummary(runId, decision);
		const [run, stored] = await Promise.all([
			d.runs.get(runId),
			counts ? d.records.where('runId').equals(runId).toArray() : null
		]);
		if (!run) throw new Error('This deployment no longer exists (deleted in another tab?).');
		if (run.status === 'signed') throw new ReadOnlyError();
		const record = storedRecord(runId, { ...decision, v: RECORD_SCHEMA, at });
		const model = await modelOf(run.snapshotId);
		snapshotOf.set(runId, run.snapshotId);
		if (!summaryIds.has(run.snapshotId)) summaryIds.set(run.snapshotId, summaryItemIds(model));
		let next: DeploymentRecord = { ...run, updatedAt: at };
		if (countsTowardsSummary(runId, decision)) {
			// Read late only if the run's snapshot was not what the cache said (a restored run).
			const all = stored ?? (await d.records.where('runId').equals(runId).toArray());
			const decisions = decisionsOf(all);
			apply(decisions, decision);
			const failing = run.summary.failing ?? {};
			next = { ...next, summary: summarize(model, decisions, localDate(run.createdAt), failing) };
		}
		// The run was read in this transaction, so writing it whole loses nobody's change.
		await Promise.all([d.records.put(record), d.runs.put(next)]);
	});
}

/** A run's stored records, kept current as any tab changes them. */
export function watchRecords(runId: string): Observable<StoredRecord[]> {
	return liveQuery(() => db().records.where('runId').equals(runId).toArray());
}

/**
 * Saves several decisions at once (a signature's name, picture, date and binding), all or
 * nothing, with the run's summary in step; each made at its own time, else at `at`.
 */
export async function setRecords(
	runId: string,
	decisions: (Decision & { at?: number })[],
	at = Date.now()
): Promise<void> {
	const d = db();
	await d.transaction('rw', [d.runs, d.records, d.snapshots], async () => {
		const run = await d.runs.get(runId);
		if (!run) throw new Error('This deployment no longer exists (deleted in another tab?).');
		if (run.status === 'signed') throw new ReadOnlyError();
		const model = await modelOf(run.snapshotId);
		const stored = await d.records.where('runId').equals(runId).toArray();
		const all = decisionsOf(stored);
		for (const decision of decisions) apply(all, decision);
		const failing = run.summary.failing ?? {};
		const summary = summarize(model, all, localDate(run.createdAt), failing);
		await d.records.bulkPut(
			decisions.map((d) => storedRecord(runId, { ...d, v: RECORD_SCHEMA, at: d.at ?? at }))
		);
		await d.runs.put({ ...run, updatedAt: at, summary });
	});
}
