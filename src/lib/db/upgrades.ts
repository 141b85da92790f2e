// Schema upgrades: each brings data written by an older Shipshape to the current shape, in the
// upgrade transaction, so nothing is half-upgraded.
import type { Transaction } from 'dexie';
import type { Checklist, EntryValue } from '$lib/checklist/model';
import { fromLegacyValues, legacyDecision } from '$lib/record/legacy';
import { storedRecord, type LegacyEntry } from '$lib/record/stored';
import { failingOf } from '$lib/verdict/failing';
import { summarize } from '$lib/verdict/summary';
import { localDate } from '$lib/util/dates';

/**
 * Version 2: every run gets a summary with follow-ups (recomputed from its values), sign-off
 * fields and a history; every evidence record gets the fields added since version 1.
 */
export async function upgradeToV2(tx: Transaction): Promise<void> {
	const models = new Map<string, Checklist>();
	for (const s of await tx.table('snapshots').toArray()) models.set(s.id, s.model);
	const values = new Map<string, Record<string, EntryValue>>();
	for (const e of await tx.table('entries').toArray()) {
		const run = values.get(e.runId) ?? {};
		run[e.itemId] = e.value;
		values.set(e.runId, run);
	}
	await tx
		.table('runs')
		.toCollection()
		.modify((run) => {
			const model = models.get(run.snapshotId);
			if (model)
				run.summary = summarize(
					model,
					fromLegacyValues(values.get(run.id) ?? {}),
					localDate(run.createdAt)
				);
			run.signoff ??= null;
			run.history ??= [];
			run.vars ??= {};
			run.target ??= '';
		});
	await tx
		.table('evidence')
		.toCollection()
		.modify((e) => {
			e.key ??= e.source;
			e.batch ??= `v1-${e.at}`;
			e.seq ??= 0;
			e.details ??= [];
			e.next ??= '';
			e.data ??= null;
			e.excerpt ??= '';
		});
}

/**
 * Version 3: every run's summary gains its release verdict, judged from its values and the
 * newest verdict of its evidence (a failing check is an exception).
 */
export async function upgradeToV3(tx: Transaction): Promise<void> {
	const models = new Map<string, Checklist>();
	for (const s of await tx.table('snapshots').toArray()) models.set(s.id, s.model);
	const values = new Map<string, Record<string, EntryValue>>();
	for (const e of await tx.table('entries').toArray()) {
		const run = values.get(e.runId) ?? {};
		run[e.itemId] = e.value;
		values.set(e.runId, run);
	}
	const evidence = new Map<string, EvidenceLike[]>();
	for (const e of await tx.table('evidence').toArray())
		evidence.set(e.runId, [...(evidence.get(e.runId) ?? []), e]);
	await tx
		.table('runs')
		.toCollection()
		.modify((run) => {
			const model = models.get(run.snapshotId);
			if (!model) return;
			const own = (evidence.get(run.id) ?? []).sort((a, b) => a.at - b.at || a.seq - b.seq);
			const date = localDate(run.createdAt);
			run.summary = summarize(
				model,
				fromLegacyValues(values.get(run.id) ?? {}),
				date,
				failingOf(own)
			);
		});
}

interface EvidenceLike {
	itemIds: string[];
	verdict: string;
	summary: string;
	at: number;
	seq: number;
}

/**
 * Version 4: each stored value becomes a typed record (the decision its id and value held, when
 * it was made), in the new records table; the old rows go in version 5.
 */
export async function upgradeToV4(tx: Transaction): Promise<void> {
	const entries: LegacyEntry[] = await tx.table('entries').toArray();
	await tx
		.table('records')
		.bulkPut(
			entries.map((e) =>
				storedRecord(e.runId, { ...legacyDecision(e.itemId, e.value), v: 1, at: e.updatedAt })
			)
		);
}
