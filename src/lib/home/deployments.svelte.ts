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

/** How long the Undo offer stays after a delete. */
export const UNDO_MS = 10_000;

/** Deployments shown at first, and added by "Show more": a long history stays quick to open. */
export const PAGE = 50;

export class DeploymentsState {
	deployments = $state.raw<DeploymentRecord[] | null>(null);
	/** How many of the newest deployments are listed. */
	shown = $state(PAGE);
	visible = $derived(this.deployments?.slice(0, this.shown) ?? []);
	error = $state('');
	/** What the last action did, in words. */
	notice = $state('');
	busy = $state(false);
	/** The run the person asked to delete, awaiting confirmation. */
	confirming = $state.raw<DeploymentRecord | null>(null);
	/** The last deleted deployment, while Undo is offered. */
	deleted = $state.raw<DeletedDeployment | null>(null);
	#undoTimer: ReturnType<typeof setTimeout> | undefined;

	/** Follows the stored deployments; returns the stop function. */
	watch(): () => void {
		// Live queries wait quietly for a database that cannot open; say why instead.
		openDatabase().catch((e) => {
			this.error = describeStorageError(e);
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
				this.error = describeStorageError(e);
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
		return this.#act(async () => {
			const { builtinTemplate } = await import('$lib/templates/builtin');
			const id = await createDeployment(builtinTemplate);
			// Now there is something worth keeping: ask the browser not to evict it.
			void requestPersistence();
			return id;
		});
	}

	/** Starts a new deployment like an existing one; resolves to its id, or null on failure. */
	async duplicate(id: string): Promise<string | null> {
		return this.#act(() => duplicateDeployment(id));
	}

	/** Starts a deployment from an exported Markdown report; resolves to its id, or null. */
	async continueFrom(file: File): Promise<string | null> {
		this.busy = true;
		this.error = '';
		this.notice = '';
		try {
			const { continueFromReport } = await import('$lib/export/markdown/continue-report');
			const result = await continueFromReport(file);
			this.notice = result.message;
			return result.runId;
		} catch (e) {
			this.error = e instanceof Error && !('inner' in e) ? e.message : describeStorageError(e);
			return null;
		} finally {
			this.busy = false;
		}
	}

	/** Deletes the deployment awaiting confirmation (when confirmed) and offers Undo. */
	async answerDelete(confirmed: boolean): Promise<void> {
		const deployment = this.confirming;
		this.confirming = null;
		if (!confirmed || !deployment) return;
		const deleted = await this.#act(() => deleteDeployment(deployment.id));
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
		const done = await this.#act(async () => {
			await restoreDeployment(deleted);
			return true;
		});
		if (done) this.deleted = null;
	}

	async #act<T>(work: () => Promise<T>): Promise<T | null> {
		this.busy = true;
		this.error = '';
		try {
			return await work();
		} catch (e) {
			this.error = describeStorageError(e);
			return null;
		} finally {
			this.busy = false;
		}
	}
}
