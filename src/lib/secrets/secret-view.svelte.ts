// The open deployment's values and pasted outputs that look like secrets, and redacting them
// all before anything is shared.
import { describeStorageError, setEvidenceExcerpt } from '$lib/db';
import type { DeploymentState } from '$lib/deployment/deployment-state.svelte';
import { fillableLabels } from '$lib/deployment/labels';
import { onePer } from '$lib/util/per-object';
import { redactSecrets } from './redact';
import { secretPlaces, type SecretPlace } from './secret-places';

class SecretView {
	#deployment: DeploymentState;
	/** What each fillable item is called, for messages about it. */
	#labels = $derived.by(() => fillableLabels(this.#deployment.model));

	constructor(deployment: DeploymentState) {
		this.#deployment = deployment;
	}

	/** Values and pasted outputs that look like secrets (computed when asked: exports only). */
	get places(): SecretPlace[] {
		const { decisions, evidence } = this.#deployment;
		return secretPlaces(decisions, evidence, (id) => this.#labels.get(id) ?? 'a field');
	}

	/** Redacts every secret-looking value and pasted output; resolves to an error in words, or ''. */
	async redactAll(): Promise<string> {
		const deployment = this.#deployment;
		const { na, waivers } = deployment.decisions;
		for (const place of this.places) {
			if (place.itemId) {
				const value = deployment.values[place.itemId];
				if (typeof value === 'string')
					deployment.set(place.itemId, redactSecrets(value, place.matches));
			} else if (place.naTask) {
				const reason = na[place.naTask];
				if (typeof reason === 'string')
					deployment.decide({
						kind: 'na',
						task: place.naTask,
						reason: redactSecrets(reason, place.matches)
					});
			} else if (place.waiverKey) {
				const w = waivers[place.waiverKey];
				if (w)
					deployment.decide({
						kind: 'waiver',
						exception: place.waiverKey,
						waiver: { ...w, reason: redactSecrets(w.reason, place.matches) }
					});
			} else if (place.evidenceId) {
				const record = deployment.evidence.find((e) => e.id === place.evidenceId);
				if (!record) continue;
				try {
					await setEvidenceExcerpt(
						deployment.id,
						record.id,
						redactSecrets(record.excerpt, place.matches)
					);
				} catch (error) {
					return describeStorageError(error);
				}
			}
		}
		await deployment.whenSaved();
		return deployment.save.state === 'error' ? deployment.save.message : '';
	}
}

/** The secrets view of a deployment (one per deployment, shared). */
export const secretView = onePer((deployment: DeploymentState) => new SecretView(deployment));
