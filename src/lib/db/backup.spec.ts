import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseChecklist } from '$lib/checklist/parse';
import { normalizeSource } from '$lib/checklist/source';
import { allTasks } from '$lib/checklist/walk';
import {
	applyImport,
	BACKUP_SIZE_LIMIT,
	checkBackupSize,
	exportBackup,
	parseBackup,
	planImport,
	serializeBackup,
	type BackupFile
} from './backup';
import { db, useDatabase } from './connection';
import { setEntry } from './values.fixtures';
import { addEvidence, type NewEvidence } from './evidence';
import { createDeployment } from './create-deployment';
import { deleteDeployment } from './delete-deployment';
import { updateDeployment } from './deployments';

const source = normalizeSource(
	readFileSync(new URL('../templates/production-deployment.md', import.meta.url), 'utf8')
);
const model = parseChecklist(source);
const template = { id: 'builtin', name: 'Production deployment', source, model };
const [, byId, versionId] = model.header;
const tasks = allTasks(model);
const when = new Date('2026-11-26T10:00:00Z');

const finding = (verdict: NewEvidence['verdict'], at: number): NewEvidence => ({
	itemIds: [tasks[0].id],
	source: 'probe:health',
	key: 'status',
	batch: 'batch-1',
	verdict,
	summary: '/health answered',
	details: ['200 in 84 ms'],
	next: '',
	excerpt: 'HTTP/2 200\n{"status":"ok"}',
	data: { ms: [84, 90] },
	at
});

let n = 0;
beforeEach(() => {
	useDatabase(`backup-${++n}`);
});

/** Fills the database: a user template, three runs (one signed), entries and evidence. */
async function seed(): Promise<string[]> {
	await db().templates.add({ ...template, id: 'tpl-1', createdAt: 1, updatedAt: 2 });
	const ids: string[] = [];
	for (const version of ['1.0.0', '1.1.0', '2.0.0']) {
		const id = await createDeployment(template, {
			target: 'https://app.example',
			vars: { app: 'shop' }
		});
		await setEntry(id, versionId, version);
		await setEntry(id, byId, 'Zoë Łukasiewicz 李雷 🚀, "quoted"; \\ back');
		await setEntry(id, tasks[0].id, true);
		await addEvidence(id, [finding('pass', 1000), finding('unknown', 2000)]);
		ids.push(id);
	}
	const signoff = {
		at: 5,
		fingerprint: 'ab'.repeat(32),
		signatures: [
			{
				role: 'Developer',
				name: 'Ada',
				signature: 'data:image/png;base64,iVBORw0KGgo=',
				date: '2026-11-26'
			}
		]
	};
	await updateDeployment(ids[1], { name: 'Spring release 🌱' });
	await db().runs.update(ids[0], {
		status: 'signed',
		signoff,
		history: [{ at: 4, action: 'reopened', signoff: { ...signoff, at: 3 } }]
	});
	return ids;
}

/** Every table as text, to prove nothing changed. */
async function dump(): Promise<string> {
	return serializeBackup(await exportBackup({ now: when }));
}

/** A valid backup file's JSON with one change made to it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- edits reach deep into loose JSON
function edited(file: BackupFile, change: (json: Record<string, any>) => void): string {
	const json = JSON.parse(serializeBackup(file));
	change(json);
	return JSON.stringify(json);
}

describe('exportBackup', () => {
	it('holds every record of every table with counts', async () => {
		await seed();
		const file = await exportBackup({ now: when, app: 'Shipshape 0.1.0' });
		expect(file).toMatchObject({
			format: 'shipshape-backup',
			version: 1,
			exportedAt: '2026-11-26T10:00:00.000Z',
			app: 'Shipshape 0.1.0',
			counts: { templates: 1, snapshots: 1, runs: 3, entries: 12, evidence: 6 }
		});
		expect(file.data.runs.find((r) => r.status === 'signed')?.history).toHaveLength(1);
		expect(file.data.runs.map((r) => r.name).filter(Boolean)).toEqual(['Spring release 🌱']);
	});
});

describe('import', () => {
	it('restores an export into an empty database exactly', async () => {
		await seed();
		const before = await exportBackup({ now: when });
		const parsed = parseBackup(serializeBackup(before));
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		useDatabase(`backup-empty-${n}`);
		const plan = await applyImport(parsed.file);
		expect(plan.tables.runs).toEqual({ add: 3, overwrite: 0, same: 0 });
		expect(plan.runs.add.map((r) => r.header.Version).sort()).toEqual(['1.0.0', '1.1.0', '2.0.0']);
		const after = await exportBackup({ now: when });
		for (const table of ['templates', 'snapshots', 'runs', 'entries', 'evidence'] as const)
			expect(after.data[table], table).toEqual(before.data[table]);
		expect(serializeBackup(after)).toBe(serializeBackup(before));
	});

	it('adds nothing the second time', async () => {
		await seed();
		const file = await exportBackup();
		useDatabase(`backup-twice-${n}`);
		await applyImport(file);
		const once = await dump();
		const again = await applyImport(file);
		expect(again.unchanged).toBe(true);
		expect(again.tables.entries).toEqual({ add: 0, overwrite: 0, same: 12 });
		expect(again.runs).toEqual({ add: [], overwrite: [] });
		expect(await dump()).toBe(once);
		expect(await db().records.count()).toBe(12);
	});

	it('plans adds and overwrites against a database that has some of the runs', async () => {
		const [signed, changed, gone] = await seed();
		const file = await exportBackup();
		await deleteDeployment(gone);
		await setEntry(changed, tasks[1].id, true, Date.now() + 1000);
		await setEntry(changed, versionId, '1.1.1', Date.now() + 2000);
		const before = await dump();
		const plan = await planImport(file);
		expect(await dump()).toBe(before);
		expect(plan.unchanged).toBe(false);
		expect(plan.tables).toEqual({
			templates: { add: 0, overwrite: 0, same: 1 },
			snapshots: { add: 0, overwrite: 0, same: 1 },
			runs: { add: 1, overwrite: 1, same: 1 },
			entries: { add: 4, overwrite: 1, same: 7 },
			evidence: { add: 2, overwrite: 0, same: 4 }
		});
		expect(plan.runs.add).toEqual([
			expect.objectContaining({ id: gone, title: 'Production Deployment Checklist' })
		]);
		expect(plan.runs.overwrite).toEqual([
			expect.objectContaining({
				id: changed,
				newerHere: true,
				header: expect.objectContaining({ Version: '1.1.0' })
			})
		]);
		expect(plan.runs.overwrite.map((r) => r.id)).not.toContain(signed);
		// Merging keeps the extra tick (not in the file) and puts the file's records back.
		expect(await applyImport(file)).toEqual(plan);
		const after = await exportBackup();
		expect(after.data.runs).toEqual(file.data.runs);
		expect(after.data.evidence).toEqual(file.data.evidence);
		expect(after.counts.entries).toBe(13);
	});

	it('writes nothing when any record fails to store', async () => {
		await seed();
		const file = await exportBackup();
		useDatabase(`backup-atomic-${n}`);
		// The last table written holds a value storage cannot clone, so the earlier puts must roll back.
		const broken = structuredClone(file);
		broken.data.evidence[5].data = { read: () => 'not cloneable' };
		const empty = await dump();
		await expect(applyImport(broken)).rejects.toMatchObject({ name: 'DataCloneError' });
		expect(await dump()).toBe(empty);
		expect(await db().runs.count()).toBe(0);
	});
});

describe('parseBackup refuses, leaving the database unchanged', () => {
	let file: BackupFile;
	let before: string;
	beforeEach(async () => {
		await seed();
		file = await exportBackup();
		before = await dump();
	});

	const cases: [string, (f: BackupFile) => string, RegExp][] = [
		['cut-short JSON', (f) => serializeBackup(f).slice(0, 500), /corrupted: it is not valid JSON/],
		['an empty text', () => '', /corrupted/],
		[
			'foreign JSON',
			() => '{"name":"my-app","version":"1.0.0"}',
			/not a Shipshape backup.*no "format"/
		],
		['a JSON array', () => '[1,2,3]', /not a Shipshape backup/],
		[
			'another format',
			(f) => edited(f, (j) => (j.format = 'other-backup')),
			/format is "other-backup"/
		],
		[
			'a newer version',
			(f) => edited(f, (j) => (j.version = 99)),
			/newer Shipshape \(backup version 99.*Update Shipshape first/
		],
		['no version', (f) => edited(f, (j) => delete j.version), /no valid version/],
		[
			'a missing table',
			(f) => edited(f, (j) => delete j.data.evidence),
			/"data.evidence" is missing/
		],
		[
			'wrong counts',
			(f) => edited(f, (j) => j.data.runs.pop()),
			/says it holds 3 runs but holds 2/
		],
		[
			'an entry without runId in the middle',
			(f) => edited(f, (j) => delete j.data.entries[5].runId),
			/record 6 of entries is invalid: "runId" must be text/
		],
		[
			'a run with a bad signature',
			(f) =>
				edited(
					f,
					(j) =>
						(j.data.runs.find((r: { signoff?: unknown }) => r.signoff).signoff.signatures[0].name =
							7)
				),
			/of runs \(id "[^"]+"\) is invalid: "signoff.signatures\[0\].name" must be text/
		],
		[
			'a run whose name is not text',
			(f) => edited(f, (j) => (j.data.runs[1].name = ['Spring'])),
			/record 2 of runs \(id "[^"]+"\) is invalid: "name" must be text/
		],
		[
			'an unknown verdict',
			(f) => edited(f, (j) => (j.data.evidence[2].verdict = 'maybe')),
			/record 3 of evidence \(id "[^"]+"\) is invalid: "verdict" must be one of "pass"/
		],
		[
			'an object as a value',
			(f) => edited(f, (j) => (j.data.entries[0].value = { x: 1 })),
			/record 1 of entries \(item "[^"]+" of run "[^"]+"\) is invalid: "value" must be true, false/
		],
		[
			'a duplicate record',
			(f) =>
				edited(f, (j) => {
					j.data.runs.push(j.data.runs[0]);
					j.counts.runs++;
				}),
			/record 4 of runs \(id "[^"]+"\) appears twice/
		],
		[
			'a run without its snapshot',
			(f) =>
				edited(f, (j) => {
					j.data.snapshots = [];
					j.counts.snapshots = 0;
				}),
			/uses checklist snapshot "snap-[^"]+", which is not in the file/
		],
		[
			'an orphan entry',
			(f) => edited(f, (j) => (j.data.entries[0].runId = 'nope')),
			/belongs to deployment "nope", which is not in the file/
		]
	];

	it.each(cases)('%s', async (_name, make, message) => {
		const result = parseBackup(make(file));
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.error).toMatch(message);
		expect(await dump()).toBe(before);
	});

	it('accepts the untouched file', () => {
		expect(parseBackup(serializeBackup(file))).toEqual({
			ok: true,
			file: JSON.parse(serializeBackup(file))
		});
	});
});

describe('checkBackupSize', () => {
	it('refuses empty and oversized files before reading them', () => {
		expect(checkBackupSize({ size: 1234 })).toEqual({ ok: true });
		expect(checkBackupSize({ size: BACKUP_SIZE_LIMIT })).toEqual({ ok: true });
		expect(checkBackupSize({ size: 0 })).toMatchObject({ ok: false, error: /empty/ });
		const big = checkBackupSize({ size: 63 * 1024 * 1024 });
		expect(big).toMatchObject({ ok: false });
		if (!big.ok) expect(big.error).toMatch(/63\.0 MB.*up to 50\.0 MB/);
	});
});
