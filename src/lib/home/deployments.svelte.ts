// The deployments list: live rows, creating, duplicating, deleting with Undo.
import {
	createDeployment,
	deleteDeployment,
	describeStorageError,
	duplicateDeployment,
	listTemplates,
	openDatabase,
	restoreDeployment,
	watchDeployments,
	type DeletedDeployment,
	type DeploymentRecord,
	type TemplateInput
} from '$lib/db';
import { markReady } from '$lib/util/perf';
import { requestPersistence } from '$lib/storage/persist';
import { readPref, writePref } from '$lib/storage/prefs';
import { ActionStatus } from '$lib/ui/action-status.svelte';

/** How long the Undo offer stays after a delete. */
export const UNDO_MS = 10_000;

/** Deployments shown at first, and added by "Show more": a long history stays quick to open. */
export const PAGE = 50;

/** The preference holding the id of the template last chosen for a new deployment. */
const LAST_TEMPLATE = 'new-deployment-template';

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
	/** The templates offered for a new deployment (built-in first) while asking which; else null. */
	choices = $state.raw<TemplateInput[] | null>(null);
	/** The id of the template preselected in the question: the last one chosen. */
	lastChoice = $state('');
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

	/**
	 * Starts a new deployment: from the built-in checklist when it is the only template (resolving
	 * to the new id), else by asking which template (resolving to null; `choose` answers).
	 */
	async create(): Promise<string | null> {
		const templates = await this.status.attempt(async () => {
			const [{ builtinTemplate }, stored] = await Promise.all([
				import('$lib/templates/builtin'),
				listTemplates()
			]);
			stored.sort((a, b) => a.name.localeCompare(b.name));
			return [builtinTemplate, ...stored];
		});
		if (!templates) return null;
		if (templates.length === 1) return this.#start(templates[0]);
		const last = readPref(LAST_TEMPLATE, '');
		this.lastChoice = templates.some((t) => t.id === last) ? last : templates[0].id;
		this.choices = templates;
		return null;
	}

	/** Answers the question of which template: starts from it and remembers it, or cancels (null). */
	async choose(templateId: string | null): Promise<string | null> {
		const template = this.choices?.find((t) => t.id === templateId);
		this.choices = null;
		if (!template) return null;
		writePref(LAST_TEMPLATE, template.id);
		return this.#start(template);
	}

	/** Creates a deployment from a template; resolves to its id, or null on failure. */
	async #start(template: TemplateInput): Promise<string | null> {
		return this.status.attempt(async () => {
			const id = await createDeployment(template);
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
