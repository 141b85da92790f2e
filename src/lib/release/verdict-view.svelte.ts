// The open deployment's release verdict: its exceptions, the waivers stored for them, and the
// decisions a person makes about them (waive, withdraw, mark a task not applicable).
import type { DeploymentState } from '$lib/deployment/deployment-state.svelte';
import { onePer } from '$lib/util/per-object';
import { exceptions } from '$lib/verdict/exceptions';
import { failingOf } from '$lib/verdict/failing';
import { waiversOf } from '$lib/record/decisions';
import { failingCount, releaseTone, releaseVerdict } from '$lib/verdict/release';
import { taskCounts } from '$lib/verdict/task-counts';

class VerdictView {
	#deployment: DeploymentState;
	/** The newest failing or erroring evidence by item. */
	failing = $derived.by(() => failingOf(this.#deployment.evidence));
	/** Every exception, resolved or not. */
	exceptions = $derived.by(() => {
		const { model, decisions } = this.#deployment;
		return model ? exceptions(model, decisions, this.failing) : [];
	});
	/** Every stored waiver by exception key (some may be for exceptions resolved since). */
	waivers = $derived.by(() => waiversOf(this.#deployment.decisions));
	verdict = $derived.by(() => releaseVerdict(this.exceptions, this.waivers));
	/** How loud the verdict is shown: red only for failures (see release.ts). */
	tone = $derived(releaseTone(this.verdict.state, failingCount(this.verdict)));
	/** Waivers whose exception has been resolved since: kept, but no longer needed. */
	unneeded = $derived.by(() => {
		const live = this.exceptions.map((e) => e.key);
		return [...this.waivers].filter(([key]) => !live.includes(key));
	});
	/** Tasks done, not applicable and open. */
	counts = $derived.by(() => {
		const { model, decisions } = this.#deployment;
		return model ? taskCounts(model, decisions) : { done: 0, na: 0, open: 0, total: 0 };
	});

	constructor(deployment: DeploymentState) {
		this.#deployment = deployment;
	}

	/** Accepts an exception: why, and who accepts it. */
	waive(key: string, reason: string, by: string): void {
		this.#deployment.decide({
			kind: 'waiver',
			exception: key,
			waiver: { reason, by, at: Date.now() }
		});
	}

	/** Takes a waiver back: the exception blocks the release again. */
	withdraw(key: string): void {
		this.#deployment.decide({ kind: 'waiver', exception: key, waiver: null });
	}

	/** Marks a task not applicable (unticking it), with an optional reason. */
	markNotApplicable(taskId: string, reason: string): void {
		this.#deployment.set(taskId, false);
		this.#deployment.decide({ kind: 'na', task: taskId, reason });
	}

	/** The task applies again: it is open until ticked. */
	clearNotApplicable(taskId: string): void {
		this.#deployment.decide({ kind: 'na', task: taskId, reason: null });
	}
}

/** The verdict view of a deployment (one per deployment, shared). */
export const verdictView = onePer((deployment: DeploymentState) => new VerdictView(deployment));
