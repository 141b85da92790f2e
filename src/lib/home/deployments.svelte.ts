// The deployments list: live rows, creating, duplicating, deleting with Undo.
import {
	createDeployment,
	deleteDeployment,
	describeStorageError,
	duplicateDeployment,
	openDatabase,
	restoreDeployment,
	watchDeployments,
	type DeletedDeployment,
	type DeploymentRecord
} from '$lib/db';
import { markReady } from '$lib/util/perf';
import { requestPersistence } from '$lib/storage/persist';
import { ActionStatus } from '$lib/ui/action-status.svelte';

/** How long the Undo offer stays after a delete. */
export const UNDO_MS = 10_000;

/** Deployments shown at first, and added by "Show more": a long history stays quick to open. */
export const PAGE = 50;

export class DeploymentsState {
	deployments = $state.raw<DeploymentRecord[] | null>(null);
	/** How many of the newest deployments are listed. */
	shown = $state(PAGE);
	visible = $derived(this.deployments?.slice(0, this.shown) ?? []);
	/** Whether an action runs, and what the last one did or why it failed, in words. */
	readonly status = new ActionStatus(describeStorageError);
	/** The run the person asked to delete, awaiting confirmation. */
	confirming = $state.raw<DeploymentRecord | null>(null);
	/** The last deleted deployment, while Undo is offered. */
	deleted = $state.raw<DeletedDeployment | null>(null);
	#undoTimer: ReturnType<typeof setTimeout> | undefined;

	/** Follows the stored deployments; returns the stop function. */
	watch(): () => void {
		// Live queries wait quietly for a database that cannot open; say why instead.
		openDatabase().catch((e) => {
			this.status.fail(describeStorageError(e));
			this.deployments ??= [];
		});
		let first = true;
		const sub = watchDeployments().subscribe({
			next: (deployments) => {
				this.deployments = deployments;
				if (first) markReady('home');
				first = false;
			},
			error: (e) => {
				this.status.fail(describeStorageError(e));
				this.deployments ??= [];
			}
		});
		return () => {
			sub.unsubscribe();
			clearTimeout(this.#undoTimer);
		};
	}

	/** Creates a deployment from the built-in checklist; resolves to its id, or null on failure. */
	async create(): Promise<string | null> {
		return this.status.attempt(async () => {
			const { builtinTemplate } = await import('$lib/templates/builtin');
			const id = await createDeployment(builtinTemplate);
			// Now there is something worth keeping: ask the browser not to evict it.
			void requestPersistence();
			return id;
		});
	}

	/** Starts a new deployment like an existing one; resolves to its id, or null on failure. */
	async duplicate(id: string): Promise<string | null> {
		return this.status.attempt(() => duplicateDeployment(id));
	}

	/** Starts a deployment from an exported Markdown report; resolves to its id, or null. */
	async continueFrom(file: File): Promise<string | null> {
		const result = await this.status.attempt(
			async () => {
				const { continueFromReport } = await import('$lib/export/markdown/continue-report');
				return continueFromReport(file);
			},
			// A refused report is an Error in words; a storage failure needs describing.
			(e) => (e instanceof Error && !('inner' in e) ? e.message : describeStorageError(e))
		);
		if (result) this.status.say(result.message);
		return result?.runId ?? null;
	}

	/** Deletes the deployment awaiting confirmation (when confirmed) and offers Undo. */
	async answerDelete(confirmed: boolean): Promise<void> {
		const deployment = this.confirming;
		this.confirming = null;
		if (!confirmed || !deployment) return;
		const deleted = await this.status.attempt(() => deleteDeployment(deployment.id));
		if (!deleted) return;
		this.deleted = deleted;
		clearTimeout(this.#undoTimer);
		this.#undoTimer = setTimeout(() => (this.deleted = null), UNDO_MS);
	}

	/** Puts the last deleted deployment back. */
	async undo(): Promise<void> {
		const deleted = this.deleted;
		if (!deleted) return;
		clearTimeout(this.#undoTimer);
		const done = await this.status.attempt(async () => {
			await restoreDeployment(deleted);
			return true;
		});
		if (done) this.deleted = null;
	}
}
