// What a backup's data holds, table by table, and the checks across its records: every record
// well formed, each key once, and every reference to a snapshot or deployment inside the file.
import { recordProblem } from './backup-records';
import type {
	DeploymentRecord,
	EvidenceRecord,
	LegacyEntry,
	SnapshotRecord,
	TemplateRecord
} from './stored';

/** The tables a backup holds, in the order they are written and checked. */
export const BACKUP_TABLES = ['templates', 'snapshots', 'runs', 'entries', 'evidence'] as const;
/** One of the tables a backup holds. */
export type BackupTable = (typeof BACKUP_TABLES)[number];

/** Every record of every table. */
export interface BackupData {
	templates: TemplateRecord[];
	snapshots: SnapshotRecord[];
	runs: DeploymentRecord[];
	/**
	 * Each decision as the value row releases before typed records stored (legacy.ts), so a
	 * backup reads the same in this release and in those.
	 */
	entries: LegacyEntry[];
	evidence: EvidenceRecord[];
}

const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/** The primary key of a record, as text for duplicate and reference checks. */
function keyOf(table: BackupTable, record: Record<string, unknown>): string {
	return table === 'entries' ? JSON.stringify([record.runId, record.itemId]) : String(record.id);
}

/** A record named for a message, e.g. `record 3 of runs (id "r1")`. */
function describeRecord(table: BackupTable, index: number, record: unknown): string {
	const r = isObject(record) ? record : {};
	const id =
		table === 'entries'
			? typeof r.runId === 'string' && typeof r.itemId === 'string'
				? ` (item "${r.itemId}" of run "${r.runId}")`
				: ''
			: typeof r.id === 'string'
				? ` (id "${r.id}")`
				: '';
	return `record ${index + 1} of ${table}${id}`;
}

/** Checks every record's fields, unique keys and references; the first problem, or null. */
export function dataProblem(data: Record<BackupTable, unknown[]>): string | null {
	for (const table of BACKUP_TABLES) {
		const seen = new Set<string>();
		for (const [i, record] of data[table].entries()) {
			const what = describeRecord(table, i, record);
			const problem = recordProblem(table, record);
			if (problem) return `${what} is invalid: ${problem}.`;
			const key = keyOf(table, record as Record<string, unknown>);
			if (seen.has(key)) return `${what} appears twice.`;
			seen.add(key);
		}
	}
	const snapshots = new Set(
		data.snapshots.map((s) => keyOf('snapshots', s as Record<string, unknown>))
	);
	const runs = new Set(data.runs.map((r) => keyOf('runs', r as Record<string, unknown>)));
	for (const [i, run] of (data.runs as DeploymentRecord[]).entries())
		if (!snapshots.has(run.snapshotId))
			return `${describeRecord('runs', i, run)} uses checklist snapshot "${run.snapshotId}", which is not in the file.`;
	for (const table of ['entries', 'evidence'] as const)
		for (const [i, record] of (data[table] as { runId: string }[]).entries())
			if (!runs.has(record.runId))
				return `${describeRecord(table, i, record)} belongs to deployment "${record.runId}", which is not in the file.`;
	return null;
}
