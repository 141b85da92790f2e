// Whole-database backup and restore. Export reads every table in one transaction; import first
// says what it would add and overwrite, then merges the file in one transaction, all or nothing.
// The file holds decisions as value rows (`entries`, record/legacy.ts), as every release's does.
// Loaded late, by import(): the second door to storage (docs/architecture.md, rule 1).
import { legacyEntryOf } from '$lib/record/legacy';
import { db } from './connection';
import {
	BACKUP_FORMAT,
	BACKUP_TABLES,
	BACKUP_VERSION,
	type BackupData,
	type BackupFile
} from '$lib/record/backup-format';
import { tableOf, tablesOf } from './backup-tables';
import { compare, type ImportPlan } from './import-plan';

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

export type { DeploymentChange, ImportPlan, TableChanges } from './import-plan';

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
