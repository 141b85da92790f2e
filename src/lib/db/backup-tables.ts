// Which table of this database holds each table of a backup file, and the file's rows as this
// database stores them: the file keeps decisions as value rows, the database as records.
import type { Table } from 'dexie';
import { BACKUP_TABLES, type BackupFile, type BackupTable } from '$lib/record/backup-format';
import { legacyDecision } from '$lib/record/legacy';
import { storedRecord, type LegacyEntry } from '$lib/record/stored';
import type { ShipshapeDB } from './schema';

// Dexie's table types differ by key type; the backup treats them alike.
type AnyTable = Table<Record<string, unknown>, unknown>;

/** The table of this database that holds a backup table. */
export function tableOf(d: ShipshapeDB, table: BackupTable): AnyTable {
	// A backup's value rows are this database's records (see incomingOf).
	const name = table === 'entries' ? 'records' : table;
	return d.table(name) as unknown as AnyTable;
}

/** A table's records as this database stores them (the file's value rows become records). */
export function incomingOf(file: BackupFile, table: BackupTable): Record<string, unknown>[] {
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

/** Every table a backup holds, in its order. */
export function tablesOf(d: ShipshapeDB): AnyTable[] {
	return BACKUP_TABLES.map((t) => tableOf(d, t));
}
