// The backup file format: what a Shipshape backup holds, how it is written, and how a file is
// read back and refused, with the reason in words, before anything touches storage. What the
// data holds, and the checks across its records, are in backup-data.ts.
import { BACKUP_TABLES, dataProblem, type BackupData, type BackupTable } from './backup-data';

export { BACKUP_TABLES, type BackupData, type BackupTable } from './backup-data';

/** The marker a Shipshape backup carries in its `format` member. */
export const BACKUP_FORMAT = 'shipshape-backup';
/** The newest backup version this app reads and the one it writes. */
export const BACKUP_VERSION = 1;
/** The largest backup file the app reads (bytes). */
export const BACKUP_SIZE_LIMIT = 50 * 1024 * 1024;

/** A whole-database backup, as JSON. */
export interface BackupFile {
	format: typeof BACKUP_FORMAT;
	version: typeof BACKUP_VERSION;
	/** ISO 8601 */
	exportedAt: string;
	/** The app that wrote it, e.g. "Shipshape 0.1.0". */
	app?: string;
	counts: Record<BackupTable, number>;
	data: BackupData;
}

/** A parsed backup, or why it was refused. */
export type ParsedBackup = { ok: true; file: BackupFile } | { ok: false; error: string };

/** The backup as text: JSON indented with tabs, ending with a newline. */
export function serializeBackup(file: BackupFile): string {
	return `${JSON.stringify(file, null, '\t')}\n`;
}

/** A file name for a backup made at `now`, e.g. shipshape-backup-2026-11-26.json. */
export function backupFileName(now = new Date()): string {
	return `shipshape-backup-${now.toISOString().slice(0, 10)}.json`;
}

function megabytes(bytes: number): string {
	return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Refuses a file too large (or empty) to be a backup, before it is read. */
export function checkBackupSize(file: {
	size: number;
}): { ok: true } | { ok: false; error: string } {
	if (file.size === 0) return { ok: false, error: 'This file is empty, so it holds no backup.' };
	if (file.size > BACKUP_SIZE_LIMIT)
		return {
			ok: false,
			error:
				`This file is ${megabytes(file.size)}; Shipshape reads backups of up to ` +
				`${megabytes(BACKUP_SIZE_LIMIT)}, so it was not opened. Is it the right file?`
		};
	return { ok: true };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads a backup file's text, refusing anything that is not a complete, valid backup. */
export function parseBackup(text: string): ParsedBackup {
	const refuse = (error: string): ParsedBackup => ({ ok: false, error });
	const damaged = (why: string) => refuse(`This backup is damaged: ${why}`);
	// A string's length in UTF-16 units never exceeds its size in UTF-8 bytes.
	const size = checkBackupSize({ size: Math.max(text.length, 1) });
	if (!size.ok) return size;
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (e) {
		const reason = e instanceof Error ? e.message : String(e);
		return refuse(`This file is corrupted: it is not valid JSON (${reason}).`);
	}
	if (!isObject(json) || json.format === undefined)
		return refuse(`This is not a Shipshape backup: it has no "format": "${BACKUP_FORMAT}" marker.`);
	if (json.format !== BACKUP_FORMAT)
		return refuse(
			`This is not a Shipshape backup: its format is ${JSON.stringify(json.format)}, not "${BACKUP_FORMAT}".`
		);
	const { version } = json;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
		return damaged('it has no valid version number.');
	if (version > BACKUP_VERSION)
		return refuse(
			`This backup was made by a newer Shipshape (backup version ${version}; this app reads ` +
				`up to version ${BACKUP_VERSION}). Update Shipshape first, then import it again.`
		);
	if (typeof json.exportedAt !== 'string')
		return damaged('it does not say when it was made ("exportedAt").');
	if (json.app !== undefined && typeof json.app !== 'string') return damaged('"app" must be text.');
	const { data, counts } = json;
	if (!isObject(data)) return damaged('it has no "data".');
	for (const table of BACKUP_TABLES)
		if (!Array.isArray(data[table])) return damaged(`"data.${table}" is missing or not a list.`);
	const tables = data as Record<BackupTable, unknown[]>;
	if (!isObject(counts)) return damaged('it has no "counts".');
	for (const table of BACKUP_TABLES)
		if (counts[table] !== tables[table].length)
			return damaged(
				`it says it holds ${String(counts[table])} ${table} but holds ${tables[table].length}. ` +
					'Was it cut short or edited?'
			);
	const problem = dataProblem(tables);
	if (problem) return damaged(problem);
	return { ok: true, file: json as unknown as BackupFile };
}
