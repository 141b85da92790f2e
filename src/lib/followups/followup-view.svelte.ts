// The open deployment's post-deployment follow-ups, with their due dates.
import type { DeploymentState } from '$lib/deployment/deployment-state.svelte';
import { localDate } from '$lib/util/dates';
import { onePer } from '$lib/util/per-object';
import { followUps } from '$lib/verdict/followups';

class FollowUpView {
	#deployment: DeploymentState;
	/** Each follow-up section with its due date; due from the Date field, else the day it began. */
	list = $derived.by(() => {
		const { model, record, values } = this.#deployment;
		return model && record ? followUps(model, values, localDate(record.createdAt)) : [];
	});

	constructor(deployment: DeploymentState) {
		this.#deployment = deployment;
	}
}

/** The follow-up view of a deployment (one per deployment, shared). */
export const followUpView = onePer((deployment: DeploymentState) => new FollowUpView(deployment));
