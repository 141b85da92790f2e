// The home page's "Verify a report": the chosen file's verification, while it runs and after.
import type { FileVerification } from './verify';

/** Verifies chosen files one at a time and keeps the latest outcome. */
export class VerifyState {
	busy = $state(false);
	/** The file verified last, and what was found. */
	file = $state('');
	outcome = $state<FileVerification | null>(null);

	/** Verifies a report or backup file; the verifier and the parser load only now. */
	async verify(file: File): Promise<void> {
		this.busy = true;
		this.file = file.name;
		this.outcome = null;
		try {
			const { verifyFile } = await import('./verify');
			this.outcome = await verifyFile(file);
		} catch (e) {
			const why = e instanceof Error ? e.message : String(e);
			this.outcome = { ok: false, error: `“${file.name}” could not be verified: ${why}` };
		} finally {
			this.busy = false;
		}
	}
}
