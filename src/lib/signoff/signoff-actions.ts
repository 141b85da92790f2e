// Signing a deployment off and reopening it: what the sign-off panel's buttons do.
import { describeStorageError, reopenDeployment, signDeployment } from '$lib/db';
import { unsignedRoles } from './signatures';
import type { DeploymentState } from '$lib/deployment/deployment-state.svelte';
import { signoffView } from './signoff-view.svelte';

/**
 * Signs the deployment off once every role has signed: stores who signed and the fingerprint of
 * everything signed, and makes it read-only. Resolves to an error in words, or ''.
 */
export async function signOff(deployment: DeploymentState): Promise<string> {
	await deployment.whenSaved();
	if (deployment.save.state === 'error')
		return 'Some changes are not saved yet, so it cannot be signed. ' + deployment.save.message;
	const rows = signoffView(deployment).rows;
	try {
		const { deploymentContent, fingerprint } = await import('./fingerprint');
		await signDeployment(deployment.id, async (input) => {
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
export async function reopen(deployment: DeploymentState): Promise<string> {
	try {
		await reopenDeployment(deployment.id);
		return '';
	} catch (error) {
		return describeStorageError(error);
	}
}
