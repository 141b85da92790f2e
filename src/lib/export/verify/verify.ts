// "Verify a report": reads a chosen file as a Markdown report or a backup and verifies it. The
// home page imports this module only when a file is chosen, so the parser never weighs on it.
import { checkBackupSize } from '$lib/record/backup-format';
import { decodeTemplateFile } from '$lib/checklist/import';
import { verifyBackup } from './verify-backup';
import { verifyMarkdown, type Verification } from './verify-report';

export type { Verification };

/** What verifying a file found: one result per report or signed deployment, or why it could not. */
export type FileVerification =
	{ ok: true; results: Verification[]; note: string } | { ok: false; error: string };

/** Verifies an exported Markdown report or a backup file. */
export async function verifyFile(file: File): Promise<FileVerification> {
	const size = checkBackupSize(file);
	if (!size.ok) return size;
	const bytes = new Uint8Array(await file.arrayBuffer());
	const start = bytes.findIndex((b) => b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09);
	if (bytes[start] === 0x7b) {
		// A backup: JSON, up to the backup size limit (a report is read as a template file).
		const backup = await verifyBackup(new TextDecoder().decode(bytes));
		if (!backup.ok) return { ok: false, error: backup.error };
		const note = backup.unsigned
			? `${backup.unsigned} ${backup.unsigned === 1 ? 'deployment is' : 'deployments are'} not signed, so there is nothing to verify for ${backup.unsigned === 1 ? 'it' : 'them'}.`
			: '';
		if (!backup.results.length && !note)
			return { ok: false, error: 'This backup holds no deployments.' };
		return { ok: true, results: backup.results, note };
	}
	const decoded = decodeTemplateFile(bytes, file.name);
	if (!decoded.ok) return { ok: false, error: decoded.error };
	return { ok: true, results: [await verifyMarkdown(decoded.text)], note: '' };
}
