// Fuzzes backup import: a valid export of a seeded database, mutated. For every file either
// parseBackup refuses it in words and the database is unchanged, or applyImport succeeds and
// the database is exactly the merge (its records, overwritten by the file's); never a part.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntryValue } from '$lib/checklist/model';
import { applyImport, exportBackup, parseBackup, serializeBackup } from '$lib/db/backup';
import { BACKUP_TABLES, type BackupData, type BackupTable } from '$lib/record/backup-format';
import { db, useDatabase } from '$lib/db/connection';
import { setEntry } from '$lib/db/values.fixtures';
import { legacyDecision, legacyEntryOf } from '$lib/record/legacy';
import { storedRecord, type LegacyEntry } from '$lib/record/stored';
import { addEvidence } from '$lib/db/evidence';
import { createDeployment } from '$lib/db/create-deployment';
import { allFillables } from '$lib/checklist/walk';
import { fixtures } from '$lib/export/markdown/markdown.fixtures';
import { mutatedBackup } from './backup-gen';
import { expectSentence } from './sentences';
import { fuzz, fuzzAsync, fuzzCounts, limit } from './run';

type Row = Record<string, unknown>;
type Dump = Record<BackupTable, [string, Row][]>;

const keyOf = (table: BackupTable, r: Row) =>
	table === 'entries' ? JSON.stringify([r.runId, r.itemId]) : String(r.id);

/** Every record of every table, by key, read straight from storage. */
async function dump(): Promise<Dump> {
	const out = {} as Dump;
	for (const table of BACKUP_TABLES) {
		// A backup holds decisions as value rows; the database, as typed records.
		const rows = (table === 'entries'
			? (await db().records.toArray()).map(legacyEntryOf)
			: await db()[table].toArray()) as unknown as Row[];
		out[table] = rows.map((r): [string, Row] => [keyOf(table, r), r]).sort(byKey);
	}
	return out;
}

const byKey = (a: [string, Row], b: [string, Row]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** A backup's value row as the typed record the database keeps of it. */
const asRecord = (e: LegacyEntry) =>
	storedRecord(e.runId, { ...legacyDecision(e.itemId, e.value), v: 1, at: e.updatedAt });

/** What the database must hold after merging `data` into `before`. */
function merged(before: Dump, data: BackupData): Dump {
	const out = {} as Dump;
	for (const table of BACKUP_TABLES) {
		const rows = new Map(before[table]);
		// The database keeps a file's value rows as typed records: of a row, only what it decides.
		const kept = (r: Row) =>
			table === 'entries'
				? (legacyEntryOf(asRecord(r as unknown as LegacyEntry)) as unknown as Row)
				: r;
		for (const r of data[table] as unknown as Row[]) rows.set(keyOf(table, r), kept(r));
		out[table] = [...rows].sort(byKey);
	}
	return out;
}

/** A small deterministic database: a user template, two runs (one signed), entries, evidence. */
async function seed(): Promise<string> {
	useDatabase('fuzz-backup-seed');
	const [tables, fillIns] = ['tables.md', 'fill-ins.md'].map((n) =>
		fixtures.find((f) => f.name === n)!
	);
	await db().templates.add({
		id: 'tpl-1',
		name: 'Fill-ins',
		source: fillIns.source,
		model: fillIns.model,
		createdAt: 1,
		updatedAt: 2
	});
	const template = { id: 'tpl-tables', name: 'Tables', source: tables.source, model: tables.model };
	const items = allFillables(tables.model);
	const values: EntryValue[] = [true, 'Zoë 李雷 🚀 "q" \\', 3, null, ''];
	for (const title of ['one', 'two']) {
		const id = await createDeployment(template, {
			target: 'https://x.example',
			vars: { app: title }
		});
		for (const [i, item] of items.slice(0, 5).entries())
			await setEntry(id, item.id, values[i], 100 + i);
		const evidence = {
			itemIds: [items[0].id],
			source: 'probe:health',
			key: 'health:ok',
			batch: 'b',
			details: ['d'],
			next: '',
			excerpt: 'HTTP/2 200',
			data: { ms: [1, 2] },
			summary: 's'
		};
		await addEvidence(id, [
			{ ...evidence, verdict: 'pass', at: 1000 },
			{ ...evidence, verdict: 'unknown', at: 2000 }
		]);
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
	const [first] = await db().runs.toArray();
	await db().runs.update(first.id, {
		status: 'signed',
		signoff,
		history: [{ at: 4, action: 'reopened', signoff }]
	});
	// Random ids and clock times, made stable so a failing seed replays exactly.
	const ids = new Map<string, string>();
	return serializeBackup(await exportBackup({ now: new Date(0) }))
		.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, (uuid) => {
			if (!ids.has(uuid)) ids.set(uuid, `id-${ids.size + 1}`);
			return ids.get(uuid)!;
		})
		.replace(/"(createdAt|updatedAt|at)": \d{10,}/g, '"$1": 1764151200000')
		.replace(/\d{4}-\d{2}-\d{2}(?=")/g, '2026-11-26');
}

let valid = '';
let dirty = true;
beforeAll(async () => {
	valid = await seed();
	useDatabase('fuzz-backup');
});
afterAll(() => console.log(fuzzCounts()));

/** Puts the database back to the seed (or empties it) before a run that may write. */
async function reset(empty: boolean): Promise<void> {
	const file = JSON.parse(valid);
	// The file's value rows are the database's typed records.
	const stored = (table: BackupTable) => (table === 'entries' ? 'records' : table);
	const rows = (table: BackupTable) =>
		table === 'entries' ? (file.data.entries as LegacyEntry[]).map(asRecord) : file.data[table];
	await db().transaction('rw', BACKUP_TABLES.map(stored), async () => {
		for (const table of BACKUP_TABLES) {
			await db().table(stored(table)).clear();
			if (!empty) await db().table(stored(table)).bulkPut(rows(table));
		}
	});
	dirty = false;
}

describe('parseBackup', () => {
	it('reads the seeded export back whole', () => {
		const parsed = parseBackup(valid);
		expect(parsed.ok).toBe(true);
	});

	it(
		'refuses any mutated or foreign file in words, or accepts a complete one',
		() => {
			fuzz(
				'parseBackup: mutated backups and random JSON',
				300,
				fc.property(mutatedBackup(valid), (text) => {
					const parsed = parseBackup(text);
					if (!parsed.ok) return expectSentence(parsed.error, /[.?]$/);
					for (const table of BACKUP_TABLES)
						expect(parsed.file.counts[table]).toBe(parsed.file.data[table].length);
				})
			);
		},
		limit(20_000)
	);
});

describe('importing a backup', () => {
	it(
		'merges an accepted file whole, and leaves the database alone for a refused one',
		async () => {
			let applied = 0;
			await fuzzAsync(
				'parseBackup → applyImport on fake-indexeddb: mutated backups',
				1000,
				fc.asyncProperty(mutatedBackup(valid), fc.boolean(), async (text, empty) => {
					if (dirty || empty) await reset(empty);
					const before = await dump();
					const parsed = parseBackup(text);
					if (!parsed.ok) {
						expectSentence(parsed.error, /[.?]$/);
						expect(await dump()).toEqual(before);
						return;
					}
					dirty = true;
					applied++;
					let plan;
					try {
						plan = await applyImport(parsed.file);
					} catch (error) {
						expect(await dump(), 'a failed import must write nothing').toEqual(before);
						throw new Error(`applyImport threw on a file parseBackup accepted: ${String(error)}`, {
							cause: error
						});
					}
					expect(await dump()).toEqual(merged(before, parsed.file.data));
					for (const table of BACKUP_TABLES) {
						const { add, overwrite, same } = plan.tables[table];
						expect(add + overwrite + same).toBe(parsed.file.data[table].length);
					}
				})
			);
			console.log(`  ${applied} of them were accepted and merged`);
		},
		limit(60_000)
	);
});
