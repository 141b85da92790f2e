// Whole-database backup and restore. Export reads every table in one transaction; import first
// says what it would add and overwrite, then merges the file in one transaction, all or nothing.
// The file holds decisions as value rows (`entries`, record/legacy.ts), as every release's does.
import type { Table } from 'dexie';
import { legacyDecision, legacyEntryOf } from '$lib/record/legacy';
import { storedRecord, type LegacyEntry } from '$lib/record/stored';
import { db } from './connection';
import {
	BACKUP_FORMAT,
	BACKUP_TABLES,
	BACKUP_VERSION,
	type BackupData,
	type BackupFile,
	type BackupTable
} from '$lib/record/backup-format';
import type { DeploymentRecord, ShipshapeDB } from './schema';

export {
	BACKUP_SIZE_LIMIT,
	backupFileName,
	checkBackupSize,
	parseBackup,
	serializeBackup,
	type BackupFile,
	type BackupTable,
	type ParsedBackup
} from '$lib/record/backup-format';

/** How many records of one table an import adds, overwrites, and skips as identical. */
export interface TableChanges {
	add: number;
	overwrite: number;
	same: number;
}

/** A deployment an import adds or overwrites, as the confirmation lists it. */
export interface DeploymentChange {
	id: string;
	title: string;
	/** Header fields by label, e.g. { Date: '2026-11-26', Version: '1.4.2' }. */
	header: Record<string, string>;
	status: DeploymentRecord['status'];
	updatedAt: number;
	/** Overwrites only: the copy in this browser was changed after the one in the file. */
	newerHere?: boolean;
}

/** What importing a backup does (or did). */
export interface ImportPlan {
	tables: Record<BackupTable, TableChanges>;
	runs: { add: DeploymentChange[]; overwrite: DeploymentChange[] };
	/** True when the import changes nothing. */
	unchanged: boolean;
}

/** Reads every table into a backup file, in one read transaction. */
export async function exportBackup(
	options: { app?: string; now?: Date } = {}
): Promise<BackupFile> {
	const d = db();
	const data = await d.transaction('r', tablesOf(d), async (): Promise<BackupData> => {
		const [templates, snapshots, runs, records, evidence] = await Promise.all([
			d.templates.toArray(),
			d.snapshots.toArray(),
			d.runs.toArray(),
			d.records.toArray(),
			d.evidence.toArray()
		]);
		return { templates, snapshots, runs, entries: records.map(legacyEntryOf), evidence };
	});
	const counts = Object.fromEntries(BACKUP_TABLES.map((t) => [t, data[t].length]));
	return {
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		exportedAt: (options.now ?? new Date()).toISOString(),
		app: options.app ?? 'Shipshape',
		counts: counts as BackupFile['counts'],
		data
	};
}

/** Says what importing `file` would add and overwrite, without writing. */
export async function planImport(file: BackupFile): Promise<ImportPlan> {
	const d = db();
	return d.transaction('r', tablesOf(d), async () => (await compare(d, file)).plan);
}

/** Merges `file` into the database in one transaction: new and changed records, nothing else. */
export async function applyImport(file: BackupFile): Promise<ImportPlan> {
	const d = db();
	return d.transaction('rw', tablesOf(d), async () => {
		const { plan, writes } = await compare(d, file);
		for (const table of BACKUP_TABLES)
			if (writes[table].length) await tableOf(d, table).bulkPut(writes[table]);
		return plan;
	});
}

// Dexie's table types differ by key type; the backup treats them alike.
type AnyTable = Table<Record<string, unknown>, unknown>;

function tableOf(d: ShipshapeDB, table: BackupTable): AnyTable {
	// A backup's value rows are this database's records (see incomingOf).
	const name = table === 'entries' ? 'records' : table;
	return d.table(name) as unknown as AnyTable;
}

/** A table's records as this database stores them (the file's value rows become records). */
function incomingOf(file: BackupFile, table: BackupTable): Record<string, unknown>[] {
	if (table !== 'entries') return file.data[table] as unknown as Record<string, unknown>[];
	return (file.data.entries as LegacyEntry[]).map(
		(e) =>
			storedRecord(e.runId, {
				...legacyDecision(e.itemId, e.value),
				v: 1,
				at: e.updatedAt
			}) as unknown as Record<string, unknown>
	);
}

function tablesOf(d: ShipshapeDB): AnyTable[] {
	return BACKUP_TABLES.map((t) => tableOf(d, t));
}

/** Compares the file with the database, table by table, inside the caller's transaction. */
async function compare(d: ShipshapeDB, file: BackupFile) {
	const plan: ImportPlan = {
		tables: {} as ImportPlan['tables'],
		runs: { add: [], overwrite: [] },
		unchanged: true
	};
	const writes = {} as Record<BackupTable, Record<string, unknown>[]>;
	for (const table of BACKUP_TABLES) {
		const incoming = incomingOf(file, table);
		const keys = incoming.map((r) => (table === 'entries' ? [r.runId, r.key] : r.id));
		const existing = await tableOf(d, table).bulkGet(keys);
		const changes: TableChanges = { add: 0, overwrite: 0, same: 0 };
		writes[table] = [];
		incoming.forEach((record, i) => {
			const here = existing[i];
			if (here && sameJson(here, record)) {
				changes.same++;
				return;
			}
			changes[here ? 'overwrite' : 'add']++;
			writes[table].push(record);
			if (table === 'runs') {
				const change = runChange(record as unknown as DeploymentRecord);
				if (here)
					change.newerHere = (here as unknown as DeploymentRecord).updatedAt > change.updatedAt;
				plan.runs[here ? 'overwrite' : 'add'].push(change);
			}
		});
		plan.tables[table] = changes;
		if (changes.add || changes.overwrite) plan.unchanged = false;
	}
	return { plan, writes };
}

function runChange(run: DeploymentRecord): DeploymentChange {
	const { id, title, status, updatedAt } = run;
	return { id, title, header: { ...run.summary.header }, status, updatedAt };
}

/** Deep equality of JSON-like values; a member holding undefined counts as absent. */
function sameJson(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a) || Array.isArray(b)) {
		if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
		return a.every((item, i) => sameJson(item, b[i]));
	}
	const x = a as Record<string, unknown>;
	const y = b as Record<string, unknown>;
	const keys = (o: Record<string, unknown>) => Object.keys(o).filter((k) => o[k] !== undefined);
	const kx = keys(x);
	if (kx.length !== keys(y).length) return false;
	return kx.every((k) => Object.prototype.hasOwnProperty.call(y, k) && sameJson(x[k], y[k]));
}
