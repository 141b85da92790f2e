// Deleting a deployment (run) with everything it holds, and Undo: putting it back exactly.
import { db } from './connection';
import type { DeploymentRecord, EvidenceRecord, SnapshotRecord, StoredRecord } from './schema';

/** Everything a deleted run had, so Undo can put it back exactly. */
export interface DeletedDeployment {
	run: DeploymentRecord;
	snapshot: SnapshotRecord | null;
	records: StoredRecord[];
	evidence: EvidenceRecord[];
}

/** Deletes a run with its values and evidence (and its snapshot when no other run uses it). */
export async function deleteDeployment(id: string): Promise<DeletedDeployment | null> {
	const d = db();
	return d.transaction('rw', [d.runs, d.snapshots, d.records, d.evidence], async () => {
		const run = await d.runs.get(id);
		if (!run) return null;
		const records = await d.records.where('runId').equals(id).toArray();
		const evidence = await d.evidence.where('runId').equals(id).toArray();
		const shared = await d.runs.where('snapshotId').equals(run.snapshotId).count();
		const snapshot = shared > 1 ? null : ((await d.snapshots.get(run.snapshotId)) ?? null);
		await d.records.where('runId').equals(id).delete();
		await d.evidence.where('runId').equals(id).delete();
		await d.runs.delete(id);
		if (snapshot) await d.snapshots.delete(snapshot.id);
		return { run, snapshot, records, evidence };
	});
}

/** Puts a deleted run back as it was. */
export async function restoreDeployment(deleted: DeletedDeployment): Promise<void> {
	const d = db();
	await d.transaction('rw', [d.runs, d.snapshots, d.records, d.evidence], async () => {
		if (deleted.snapshot) await d.snapshots.put(deleted.snapshot);
		await d.runs.put(deleted.run);
		await d.records.bulkPut(deleted.records);
		await d.evidence.bulkPut(deleted.evidence);
	});
}
