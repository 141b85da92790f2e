// Signing a deployment off and reopening it: what the sign-off panel's buttons do.
import { describeStorageError, reopenRun, signRun } from '$lib/db';
import { unsignedRoles } from '$lib/signoff/signatures';
import type { RunState } from './run-state.svelte';

/**
 * Signs the deployment off once every role has signed: stores who signed and the fingerprint of
 * everything signed, and makes it read-only. Resolves to an error in words, or ''.
 */
export async function signOff(run: RunState): Promise<string> {
	await run.whenSaved();
	if (run.save.state === 'error')
		return 'Some changes are not saved yet, so it cannot be signed. ' + run.save.message;
	const rows = run.signoffRows;
	try {
		const { deploymentContent, fingerprint } = await import('$lib/signoff/fingerprint');
		await signRun(run.id, async (input) => {
			const { run: stored, snapshot, entries, evidence } = input;
			const content = deploymentContent(stored, snapshot, entries, evidence, []);
			const values = content.values;
			const missing = unsignedRoles(rows, values);
			if (missing.length) throw new Error(`Not everyone has signed yet: ${missing.join('; ')}.`);
			const text = (id: string | null) =>
				id && typeof values[id] === 'string' ? (values[id] as string) : '';
			const signatures = rows.map((r) => ({
				role: r.role,
				name: text(r.nameId),
				signature: text(r.signatureId),
				date: text(r.dateId)
			}));
			const print = await fingerprint({ ...content, signatures });
			return { at: Date.now(), fingerprint: print, signatures };
		});
		return '';
	} catch (error) {
		return error instanceof Error && !('inner' in error)
			? error.message
			: describeStorageError(error);
	}
}

/** Reopens a signed deployment: voids its signatures (kept in its history). */
export async function reopen(run: RunState): Promise<string> {
	try {
		await reopenRun(run.id);
		return '';
	} catch (error) {
		return describeStorageError(error);
	}
}
