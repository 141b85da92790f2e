// "Export backup" and "Import backup": a file out, and a file in after showing what it changes.
// The backup code is loaded when it is used, keeping it out of the first load of every page.
import { describeStorageError } from '$lib/db';
import type { BackupFile, ImportPlan } from '$lib/db/backup';

const backupModule = () => import('$lib/db/backup');
import { download } from '$lib/ui/share-file';
import { ActionStatus, failure } from '$lib/ui/action-status.svelte';

export class BackupState {
	/** How the last export or import went. */
	readonly status = new ActionStatus(describeStorageError);
	/** A read backup awaiting confirmation, with what it would change. */
	pending = $state.raw<{ name: string; file: BackupFile; plan: ImportPlan } | null>(null);

	/** Writes every template, deployment, entry, evidence and signature to one JSON file. */
	async export(): Promise<void> {
		await this.status.run(async () => {
			const [{ backupFileName, exportBackup, serializeBackup }, { describeSecrets, findSecrets }] =
				await Promise.all([backupModule(), import('$lib/secrets/checks')]);
			const file = await exportBackup();
			const text = serializeBackup(file);
			download(new File([text], backupFileName(), { type: 'application/json' }));
			const c = file.counts;
			const secrets = findSecrets(text);
			// A backup is the person's own copy: it keeps everything, and says what to guard.
			const warning = secrets.length
				? ` Keep it private: ${describeSecrets(secrets).replace(/\.$/, '')} (a backup keeps them; redact them in the deployments if they should not be there).`
				: '';
			return `Backup saved: ${c.runs} deployments, ${c.templates} templates, ${c.entries} values, ${c.evidence} pieces of evidence.${warning}`;
		});
	}

	/** Reads a backup file and works out what importing it would add and overwrite. */
	async read(file: File): Promise<void> {
		this.pending = null;
		await this.status.run(async () => {
			const { checkBackupSize, parseBackup, planImport } = await backupModule();
			const size = checkBackupSize(file);
			if (!size.ok) return failure(size.error);
			const parsed = parseBackup(await file.text());
			if (!parsed.ok) return failure(parsed.error);
			const plan = await planImport(parsed.file);
			if (plan.unchanged)
				return `“${file.name}” holds nothing that is not already here; nothing to import.`;
			this.pending = { name: file.name, file: parsed.file, plan };
			return '';
		});
	}

	/** Merges the pending backup in one transaction. */
	async confirm(): Promise<void> {
		const pending = this.pending;
		if (!pending) return;
		await this.status.run(async () => {
			const { applyImport } = await backupModule();
			const done = await applyImport(pending.file);
			this.pending = null;
			const runs = done.runs.add.length + done.runs.overwrite.length;
			return `Imported “${pending.name}”: ${runs} deployment${runs === 1 ? '' : 's'} added or updated.`;
		});
	}

	cancel(): void {
		this.pending = null;
		this.status.say('Import cancelled; nothing was changed.');
	}
}
