// What every export of a deployment carries, read from its state at the moment of export: the
// decisions, times and evidence as plain data, the content the fingerprint covers, the fingerprint.
import type { DeploymentState } from '$lib/deployment/deployment-state.svelte';
import { copyDecisions } from '$lib/record/decisions';
import type { DeploymentContent } from '$lib/record/fingerprint';

/** The decisions, times and evidence as plain data (a copy drops the state's proxies). */
export function snapshotOf(deployment: DeploymentState) {
	return {
		decisions: copyDecisions(deployment.decisions),
		times: { ...deployment.times },
		evidence: deployment.evidence
	};
}

/** What the fingerprint covers: with the recorded signatures once signed, else none. */
export function contentOf(deployment: DeploymentState): DeploymentContent {
	const { decisions, evidence } = snapshotOf(deployment);
	return {
		source: deployment.source,
		decisions,
		evidence,
		signatures: deployment.record?.signoff?.signatures ?? [],
		target: deployment.target,
		vars: { ...deployment.vars }
	};
}

/** The fingerprint printed on the report: the signed one, else one of the current content. */
export async function currentFingerprint(deployment: DeploymentState): Promise<string> {
	if (deployment.record?.signoff) return deployment.record.signoff.fingerprint;
	const { fingerprint } = await import('$lib/record/fingerprint');
	return fingerprint(contentOf(deployment));
}
