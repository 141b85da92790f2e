// Deployments (runs): create, list, open, duplicate, delete and restore.
import { liveQuery, type Observable } from 'dexie';
import type { Checklist } from '$lib/checklist/model';
import { copyDecisions, noDecisions, setOwn, type Decisions } from '$lib/record/decisions';
import { decisionsOf, RECORD_SCHEMA, recordsOf } from '$lib/record/records';
import { storedRecord } from '$lib/record/stored';
import { failingOf } from '$lib/verdict/failing';
import { summarize } from '$lib/verdict/summary';
import { headerFields } from '$lib/checklist/walk';
import { localDate } from '$lib/util/dates';
import { db } from './connection';
import { ReadOnlyError } from './errors';
import type { NewEvidence } from './evidence';
import { newId, snapshotIdFor } from './ids';
import type { DeploymentRecord, EvidenceRecord, SnapshotRecord, StoredRecord } from './schema';

/** The template a run starts from. */
export interface TemplateInput {
	id: string;
	name: string;
	source: string;
	model: Checklist;
}

/** Options for a new run. */
export interface NewDeployment {
	target?: string;
	vars?: Record<string, string>;
	/** What it starts with decided; header date fields default to today. */
	decisions?: Decisions;
	/** Evidence it starts with (a copy of a shared deployment), stored in the same transaction. */
	evidence?: NewEvidence[];
	/** Its name, when it has one of its own. */
	name?: string;
}

/** Stores the snapshot of a template text once, returning its id. */
async function putSnapshot(source: string, model: Checklist): Promise<string> {
	const base = snapshotIdFor(source);
	for (let n = 1; ; n++) {
		const id = n === 1 ? base : `${base}~${n}`;
		const existing = await db().snapshots.get(id);
		if (!existing) {
			await db().snapshots.add({ id, source, model });
			return id;
		}
		if (existing.source === source) return id;
	}
}

/** Creates a run from a template and returns its id. */
export async function createDeployment(
	template: TemplateInput,
	options: NewDeployment = {}
): Promise<string> {
	const now = Date.now();
	const start = copyDecisions(options.decisions ?? noDecisions());
	for (const field of headerFields(template.model))
		if (field.input === 'date' && !(field.id in start.values))
			setOwn(start.values, field.id, localDate());
	const id = newId();
	const evidence = (options.evidence ?? []).map((e, seq) => ({
		...e,
		id: newId(),
		runId: id,
		seq
	}));
	const d = db();
	await d.transaction('rw', [d.snapshots, d.runs, d.records, d.evidence], async () => {
		const snapshotId = await putSnapshot(template.source, template.model);
		// A new deployment of the same checklist usually targets the same app with the same values.
		const last = await lastDeploymentOf(template.id);
		const target = options.target ?? last?.target ?? '';
		const vars = options.vars ?? last?.vars ?? {};
		const run: DeploymentRecord = {
			id,
			templateId: template.id,
			templateName: template.name,
			snapshotId,
			title: template.model.title,
			target,
			vars,
			status: 'draft',
			createdAt: now,
			updatedAt: now,
			summary: summarize(template.model, start, localDate(now), failingOf(evidence)),
			...(options.name?.trim() ? { name: options.name.trim() } : {})
		};
		await db().runs.add(run);
		if (evidence.length) await d.evidence.bulkAdd(evidence);
		await db().records.bulkAdd(
			recordsOf(start).map((r) => storedRecord(id, { ...r, v: RECORD_SCHEMA, at: now }))
		);
	});
	return id;
}

/** A template's runs, oldest first. */
function runsOf(templateId: string): Promise<DeploymentRecord[]> {
	return db().runs.where('templateId').equals(templateId).sortBy('createdAt');
}

/** The most recent run of a template, if any. */
async function lastDeploymentOf(templateId: string): Promise<DeploymentRecord | undefined> {
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

/** Starts a new run like an existing one: same checklist, target and header fields, no ticks. */
export async function duplicateDeployment(id: string): Promise<string> {
	const bundle = await loadDeployment(id);
	if (!bundle) throw new Error('That deployment no longer exists.');
	const { run, snapshot, records } = bundle;
	const kept = decisionsOf(records).values;
	const start = noDecisions();
	for (const id of snapshot.model.header)
		if (kept[id] !== undefined) setOwn(start.values, id, kept[id]);
	for (const field of headerFields(snapshot.model))
		if (field.input === 'date') setOwn(start.values, field.id, localDate());
	return createDeployment(
		{ id: run.templateId, name: run.templateName, source: snapshot.source, model: snapshot.model },
		{ target: run.target, vars: run.vars, decisions: start }
	);
}

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
