// Starting deployments (runs): one from a template, or one like an existing deployment.
import type { Checklist } from '$lib/checklist/model';
import { copyDecisions, noDecisions, setOwn, type Decisions } from '$lib/record/decisions';
import { decisionsOf, RECORD_SCHEMA, recordsOf } from '$lib/record/records';
import { storedRecord } from '$lib/record/stored';
import { failingOf } from '$lib/verdict/failing';
import { summarize } from '$lib/verdict/summary';
import { headerFields } from '$lib/checklist/walk';
import { localDate } from '$lib/util/dates';
import { db } from './connection';
import { lastDeploymentOf, loadDeployment } from './deployments';
import type { NewEvidence } from './evidence';
import { newId, snapshotIdFor } from './ids';
import type { DeploymentRecord } from './schema';

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
