// Deployments (runs) as stored: list, watch, open and edit them. Starting one is in
// create-deployment.ts; deleting one, with Undo, in delete-deployment.ts.
import { liveQuery, type Observable } from 'dexie';
import { db } from './connection';
import { ReadOnlyError } from './errors';
import type { DeploymentRecord, SnapshotRecord, StoredRecord } from './schema';

/** A template's runs, oldest first. */
function runsOf(templateId: string): Promise<DeploymentRecord[]> {
	return db().runs.where('templateId').equals(templateId).sortBy('createdAt');
}

/** The most recent run of a template, if any. */
export async function lastDeploymentOf(templateId: string): Promise<DeploymentRecord | undefined> {
	return (await runsOf(templateId)).at(-1);
}

/** Distinct target URLs of a template's runs, most recent first. */
export async function recentTargets(templateId: string, limit = 5): Promise<string[]> {
	const runs = await runsOf(templateId);
	const targets: string[] = [];
	for (const run of runs.reverse())
		if (run.target.trim() && !targets.includes(run.target)) targets.push(run.target);
	return targets.slice(0, limit);
}

/** Every run, newest first, kept current as runs change in any tab. */
export function watchDeployments(): Observable<DeploymentRecord[]> {
	// Read oldest first and turned round here: without IndexedDB's newer getAllRecords (recent
	// Chromium only), a whole index is read in one request only forwards; backwards, Dexie walks
	// a cursor, one callback per deployment.
	return liveQuery(async () => (await db().runs.orderBy('createdAt').toArray()).reverse());
}

/** One run, kept current as any tab changes it (undefined once deleted). */
export function watchDeployment(id: string): Observable<DeploymentRecord | undefined> {
	return liveQuery(() => db().runs.get(id));
}

/** A run with its template snapshot and stored records. */
export interface DeploymentBundle {
	run: DeploymentRecord;
	snapshot: SnapshotRecord;
	records: StoredRecord[];
}

/** Reads one run whole, or null when it does not exist. */
export async function loadDeployment(id: string): Promise<DeploymentBundle | null> {
	return db().transaction('r', db().runs, db().snapshots, db().records, async () => {
		const run = await db().runs.get(id);
		if (!run) return null;
		const snapshot = await db().snapshots.get(run.snapshotId);
		if (!snapshot) throw new Error(`The checklist of deployment ${id} is missing from storage.`);
		const records = await db().records.where('runId').equals(id).toArray();
		return { run, snapshot, records };
	});
}

/** The fields of a run a person edits directly. */
export type DeploymentPatch = Partial<Pick<DeploymentRecord, 'target' | 'vars' | 'name'>>;

/** Changes a run's target URL, command values or name (an empty name removes it). */
export async function updateDeployment(
	id: string,
	patch: DeploymentPatch,
	at = Date.now()
): Promise<void> {
	const d = db();
	await d.transaction('rw', d.runs, async () => {
		const run = await d.runs.get(id);
		if (!run) throw new Error('This deployment no longer exists (deleted in another tab?).');
		if (run.status === 'signed') throw new ReadOnlyError();
		const changes = { ...patch, updatedAt: at };
		// Dexie deletes a property set to undefined: without a name, the default name shows.
		if ('name' in patch) changes.name = patch.name?.trim() || undefined;
		await d.runs.update(id, changes);
	});
}
