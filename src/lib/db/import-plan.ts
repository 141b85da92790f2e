// What importing a backup would do: the file compared with the database, table by table, with
// the deployments it adds or overwrites listed for the confirmation.
import { BACKUP_TABLES, type BackupFile, type BackupTable } from '$lib/record/backup-format';
import { incomingOf, tableOf } from './backup-tables';
import type { DeploymentRecord, ShipshapeDB } from './schema';

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

/** Compares the file with the database, table by table, inside the caller's transaction. */
export async function compare(d: ShipshapeDB, file: BackupFile) {
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
