// Signing a deployment off and reopening it: what the sign-off panel's buttons do.
import { describeStorageError, reopenDeployment, signDeployment } from '$lib/db';
import { listInWords } from '$lib/checklist/scoring';
import { exceptions } from '$lib/verdict/exceptions';
import { failingOf } from '$lib/verdict/failing';
import { waiversOf } from '$lib/record/decisions';
import { blockingWords, RELEASE_WORDS, releaseVerdict } from '$lib/verdict/release';
import { signatureState, signedContent } from './content';
import { unsignedRoles } from './signatures';
import type { DeploymentState } from '$lib/deployment/deployment-state.svelte';
import { signoffView } from './signoff-view.svelte';

/**
 * Signs the deployment off once the release may go (Ready, or Ready with waivers) and every role
 * has signed this version of its content: stores who signed, the verdict and the fingerprint of
 * everything, and makes it read-only. Everything is checked again on the stored records, so
 * another tab's change cannot slip in. Resolves to an error in words, or ''.
 */
export async function signOff(deployment: DeploymentState): Promise<string> {
	await deployment.whenSaved();
	if (deployment.save.state === 'error')
		return 'Some changes are not saved yet, so it cannot be signed. ' + deployment.save.message;
	const rows = signoffView(deployment).rows;
	try {
		const { deploymentContent, fingerprint, fingerprintIn } =
			await import('$lib/record/fingerprint');
		await signDeployment(deployment.id, async (input) => {
			const { run: stored, snapshot, records, evidence } = input;
			const content = deploymentContent(stored, snapshot, records, evidence, []);
			const decisions = content.decisions;
			const { values } = decisions;
			const sorted = [...evidence].sort((a, b) => a.at - b.at || a.seq - b.seq);
			const verdict = releaseVerdict(
				exceptions(snapshot.model, decisions, failingOf(sorted)),
				waiversOf(decisions)
			);
			const state = verdict.state;
			if (state === 'not-ready')
				throw new Error(`The release is ${RELEASE_WORDS[state]}: ${blockingWords(verdict)}`);
			const missing = unsignedRoles(rows, values);
			if (missing.length) throw new Error(`Not everyone has signed yet: ${missing.join('; ')}.`);
			const signed = signedContent(snapshot.model, { ...content, evidence });
			// A binding made before typed records is of the first format's fingerprint.
			const prints = [await fingerprint(signed), await fingerprintIn(1, signed)];
			const earlier = rows.filter((r) => signatureState(r, decisions, prints) !== 'current');
			if (earlier.length)
				throw new Error(
					`${listInWords(earlier.map((r) => r.role))} signed an earlier version; they must sign this one.`
				);
			const text = (id: string | null) =>
				id && typeof values[id] === 'string' ? (values[id] as string) : '';
			const signatures = rows.map((r) => ({
				role: r.role,
				name: text(r.nameId),
				signature: text(r.signatureId),
				date: text(r.dateId)
			}));
			const final = await fingerprint({ ...content, signatures });
			return {
				at: Date.now(),
				fingerprint: final,
				signatures,
				verdict: state,
				waived: verdict.waived.length
			};
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
