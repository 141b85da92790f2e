// Evidence: probe results and parsed pastes, attached to the items they inform.
import { liveQuery, type Observable } from 'dexie';
import { decisionsOf } from '$lib/record/records';
import { failingOf } from '$lib/verdict/failing';
import { summarize } from '$lib/verdict/summary';
import { localDate } from '$lib/util/dates';
import { db } from './connection';
import { ReadOnlyError } from './errors';
import { newId } from './ids';
import type { DeploymentRecord, EvidenceRecord } from './schema';

/** Evidence to store; ids, order and the run are filled in here. */
export type NewEvidence = Omit<EvidenceRecord, 'id' | 'runId' | 'seq'>;

/** The most a single excerpt keeps, so a huge answer never bloats storage. */
export const EXCERPT_LIMIT = 4096;

/**
 * Stores a batch of evidence for a run in one transaction (all or nothing), and re-judges the
 * run's summary: a failing check is an exception to its release.
 */
export async function addEvidence(runId: string, records: NewEvidence[]): Promise<void> {
	const d = db();
	await d.transaction('rw', [d.runs, d.evidence, d.records, d.snapshots], async () => {
		const run = await d.runs.get(runId);
		if (!run) throw new Error('This deployment no longer exists (deleted in another tab?).');
		if (run.status === 'signed') throw new ReadOnlyError();
		await d.evidence.bulkAdd(
			records.map((r, seq) => ({
				...r,
				id: newId(),
				runId,
				seq,
				excerpt: r.excerpt.slice(0, EXCERPT_LIMIT)
			}))
		);
		const [all, stored, snapshot] = await Promise.all([
			d.evidence.where('runId').equals(runId).toArray(),
			d.records.where('runId').equals(runId).toArray(),
			d.snapshots.get(run.snapshotId)
		]);
		const patch: Partial<DeploymentRecord> = { updatedAt: Date.now() };
		if (snapshot) {
			const decisions = decisionsOf(stored);
			const failing = failingOf(all.sort((a, b) => a.at - b.at || a.seq - b.seq));
			patch.summary = summarize(snapshot.model, decisions, localDate(run.createdAt), failing);
		}
		await d.runs.update(runId, patch);
	});
}

/** A run's evidence, oldest first, kept current as any tab adds to it. */
export function watchEvidence(runId: string): Observable<EvidenceRecord[]> {
	return liveQuery(async () => {
		const list = await db().evidence.where('runId').equals(runId).toArray();
		return list.sort((a, b) => a.at - b.at || a.seq - b.seq);
	});
}

/** Replaces the excerpt of one piece of evidence (to redact a pasted secret). */
export async function setEvidenceExcerpt(
	runId: string,
	id: string,
	excerpt: string
): Promise<void> {
	const d = db();
	await d.transaction('rw', d.runs, d.evidence, async () => {
		const run = await d.runs.get(runId);
		if (!run) throw new Error('This deployment no longer exists (deleted in another tab?).');
		if (run.status === 'signed') throw new ReadOnlyError();
		await d.evidence.update(id, { excerpt: excerpt.slice(0, EXCERPT_LIMIT) });
	});
}

/** A run's evidence, oldest first, read once. */
export async function loadEvidence(runId: string): Promise<EvidenceRecord[]> {
	const list = await db().evidence.where('runId').equals(runId).toArray();
	return list.sort((a, b) => a.at - b.at || a.seq - b.seq);
}
