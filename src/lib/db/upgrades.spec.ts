import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { parseChecklist } from '$lib/checklist/parse';
import { allTasks } from '$lib/checklist/walk';
import { db, useDatabase } from './connection';
import { SCHEMA_VERSION } from './schema';
import { describeStorageError } from './errors';
import { loadDeployment } from './deployments';
import { entriesOf } from './values.fixtures';

const source = readFileSync(
	new URL('../templates/production-deployment.md', import.meta.url),
	'utf8'
);
const model = parseChecklist(source);
const [firstTask] = allTasks(model);

/** Writes a database the way Shipshape's schema version 1 did. */
async function seedVersion1(name: string) {
	const old = new Dexie(name);
	old.version(1).stores({
		templates: 'id, name, updatedAt',
		snapshots: 'id',
		runs: 'id, templateId, snapshotId, createdAt',
		entries: '[runId+itemId], runId',
		evidence: 'id, runId, [runId+at], *itemIds'
	});
	await old.open();
	await old.table('snapshots').put({ id: 'snap-1', source, model });
	await old.table('runs').put({
		id: 'run-1',
		templateId: 'builtin:production-deployment',
		templateName: 'Production Deployment Checklist',
		snapshotId: 'snap-1',
		title: 'Production Deployment Checklist',
		target: 'https://old.example',
		vars: {},
		status: 'draft',
		createdAt: Date.UTC(2026, 0, 10),
		updatedAt: Date.UTC(2026, 0, 10),
		summary: {
			ticked: 1,
			tasks: 104,
			score: 0,
			scoreMax: 25,
			rated: 0,
			ratings: 5,
			threshold: 20,
			pass: false,
			header: {}
		}
	});
	await old.table('entries').bulkPut([
		{ runId: 'run-1', itemId: firstTask.id, value: true, updatedAt: 1 },
		{ runId: 'run-1', itemId: model.header[2], value: 'v1-💾', updatedAt: 2 }
	]);
	await old.table('evidence').put({
		id: 'ev-1',
		runId: 'run-1',
		itemIds: [firstTask.id],
		source: 'probe:health',
		verdict: 'fail',
		summary: 'old evidence',
		excerpt: '200 OK',
		at: 5
	});
	old.close();
}

describe('schema upgrades', () => {
	it('open a version 1 database with every value intact and today’s shape', async () => {
		await seedVersion1('upgrade-v1');
		useDatabase('upgrade-v1');
		const bundle = await loadDeployment('run-1');
		expect(bundle?.run.target).toBe('https://old.example');
		expect(Object.fromEntries(entriesOf(bundle).map((e) => [e.itemId, e.value]))).toEqual({
			[firstTask.id]: true,
			[model.header[2]]: 'v1-💾'
		});
		expect(bundle?.run.summary).toMatchObject({ ticked: 1, header: { Version: 'v1-💾' } });
		expect(bundle?.run.summary.followUps?.map((f) => f.due)).toEqual([
			'2026-01-11',
			'2026-01-17',
			'2026-02-10'
		]);
		expect(bundle?.run).toMatchObject({ signoff: null, history: [] });
		const [evidence] = await db().evidence.toArray();
		expect(evidence).toMatchObject({
			summary: 'old evidence',
			key: 'probe:health',
			seq: 0,
			details: [],
			next: '',
			data: null
		});
		// Version 3 judged the release: the first task's newest evidence failed.
		expect(bundle?.run.summary.failing).toEqual({ [firstTask.id]: 'fail' });
		expect(bundle?.run.summary.release?.state).toBe('not-ready');
		expect(bundle?.run.summary.release?.open).toBeGreaterThan(80);
		// Upgraded through every version to today's (5: typed records, record/records.ts).
		expect(db().verno).toBe(SCHEMA_VERSION);
	});

	it('refuse a database written by a newer version, and leave it as it was', async () => {
		const future = new Dexie('from-the-future');
		future.version(9).stores({ runs: 'id', novelty: 'id' });
		await future.open();
		await future.table('novelty').put({ id: 'keep me' });
		future.close();
		useDatabase('from-the-future');
		const error = await db()
			.runs.toArray()
			.catch((e: unknown) => e);
		expect(describeStorageError(error)).toMatch(/newer version of the app/);
		db().close();
		const again = new Dexie('from-the-future');
		await again.open();
		expect(again.verno).toBe(9);
		expect(await again.table('novelty').toArray()).toEqual([{ id: 'keep me' }]);
		again.close();
	});
});
