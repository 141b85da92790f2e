// The state of one open deployment: what its store holds, shown at once and kept in step with
// changes from elsewhere. The store is this device's database or a shared link (store.ts): the
// state holds no branch for either. What was decided is `decisions` (a typed record per change);
// the target, command values and name are `fields`. Views a single feature needs live in that
// feature, built on this state (docs/architecture.md, "Derived views").
import type { Checklist, EntryValue } from '$lib/checklist/model';
import { progress, score } from '$lib/checklist/scoring';
import type { DeploymentRecord, EvidenceRecord } from '$lib/db';
import { taskIndex, taskTexts as textsById } from '$lib/evidence/items';
import type { Decision } from '$lib/record/records';
import { parseTarget } from '$lib/target/target';
import { DecisionState } from './decision-state.svelte';
import { DeploymentFields } from './deployment-fields.svelte';
import { latestByItem } from './evidence-view';
import { evidenceRecords, type EvidenceGroup } from './evidence-records';
import { worstStatus, type SaveStatus } from './save-queue';
import { tasksBySection } from './section-tasks';
import type { DeploymentStore } from './store';

/** The page's protocol ('https:' blocks http:// targets); https in prerendering. */
const pageProtocol = () => (typeof location === 'undefined' ? 'https:' : location.protocol);
const SAVED: SaveStatus = { state: 'saved', message: '', retryAt: null };

export class DeploymentState {
	readonly id: string;
	readonly store: DeploymentStore;
	/** Everything decided: item values, not-applicable marks, waivers, bindings. */
	readonly decisions: DecisionState;
	/** The target URL, command values and name. */
	readonly fields: DeploymentFields;
	phase = $state<'loading' | 'ready' | 'missing' | 'error'>('loading');
	loadError = $state('');
	record = $state.raw<DeploymentRecord | null>(null);
	model = $state.raw<Checklist | null>(null);
	/** The template snapshot's Markdown (for exports and the fingerprint). */
	source = $state.raw('');
	/** Every piece of evidence, oldest first. */
	evidence = $state.raw<EvidenceRecord[]>([]);
	save = $state<SaveStatus>(SAVED);
	/** Items a person may fill even where the rest is read-only (a role's cells on a link). */
	editable = $state.raw<string[]>([]);

	progress = $derived(this.model ? progress(this.model, this.values) : { ticked: 0, total: 0 });
	score = $derived(this.model ? score(this.model, this.values) : null);
	sectionTasks = $derived(tasksBySection(this.model));
	/** The newest evidence for each item. */
	latestEvidence = $derived(latestByItem(this.evidence));
	/** Task text by id, to name the items evidence informs. */
	taskTexts = $derived(textsById(this.model));
	/** The Target URL, validated; null when empty. */
	targetInfo = $derived(this.target.trim() ? parseTarget(this.target, pageProtocol()) : null);
	#tasks = $derived(taskIndex(this.model ?? { blocks: [], sections: [] }));
	#statuses = { decisions: SAVED, fields: SAVED };
	#stop = () => {};

	constructor(id: string, store: DeploymentStore) {
		this.id = id;
		this.store = store;
		this.decisions = new DecisionState(store, (s) => this.#status('decisions', s));
		this.fields = new DeploymentFields(
			store,
			() => this,
			(s) => this.#status('fields', s)
		);
	}

	/** Item values by id, as shown. */
	get values(): Record<string, EntryValue | undefined> {
		return this.decisions.values;
	}
	/** When each item last changed. */
	get times(): Record<string, number> {
		return this.decisions.times;
	}
	get target(): string {
		return this.fields.target;
	}
	get vars(): Record<string, string> {
		return this.fields.vars;
	}
	/** What the deployment is called. */
	get name(): string {
		return this.fields.name;
	}
	/** Read-only: signed off, or from a store that takes no changes (a shared link). */
	get readOnly(): boolean {
		return !this.store.writable || this.record?.status === 'signed';
	}
	/** True for a deployment nobody here stores (a shared link). */
	get detached(): boolean {
		return !this.store.persists;
	}

	setTarget = (value: string) => this.fields.setTarget(value);
	setVar = (name: string, value: string) => this.fields.setVar(name, value);

	/** Shows an item's new value at once and saves it. */
	set(itemId: string, value: EntryValue): void {
		this.decisions.set(itemId, value);
	}

	/** Shows a decision at once and saves it. */
	decide(decision: Decision): void {
		this.decisions.decide(decision);
	}

	/** Reads the deployment and follows changes made elsewhere. */
	async open(): Promise<void> {
		try {
			const opened = await this.store.open();
			if (!opened) return void (this.phase = 'missing');
			this.model = opened.model;
			this.source = opened.source;
			this.#run(opened.run);
			this.decisions.merge(opened.records);
			if (opened.evidence) this.evidence = opened.evidence;
			this.phase = 'ready';
			this.#stop = this.store.follow({
				run: (run) => this.#run(run),
				records: (records) => this.decisions.merge(records),
				evidence: (evidence) => (this.evidence = evidence),
				error: (message) => (this.save = { state: 'error', message, retryAt: null })
			});
		} catch (error) {
			this.loadError = this.store.describe(error).message;
			this.phase = 'error';
		}
	}

	/**
	 * Stores findings as evidence on the items they name, in one transaction. Resolves to an
	 * error message, or '' when stored.
	 */
	async recordEvidence(batch: string, groups: EvidenceGroup[]): Promise<string> {
		try {
			await this.store.addEvidence(evidenceRecords(this.#tasks, batch, groups, Date.now()));
			return '';
		} catch (error) {
			return this.store.describe(error).message;
		}
	}

	/** Resolves when every change shown is stored. */
	async whenSaved(): Promise<void> {
		await Promise.all([this.decisions.whenSaved(), this.fields.whenSaved()]);
	}

	/** True while a change shown on screen is not yet stored. */
	get unsaved(): boolean {
		return this.save.state !== 'saved';
	}

	retry(): void {
		this.decisions.retry();
		this.fields.retry();
	}

	close(): void {
		this.#stop();
		this.decisions.dispose();
		this.fields.dispose();
	}

	#status(which: 'decisions' | 'fields', status: SaveStatus): void {
		this.#statuses[which] = status;
		this.save = worstStatus(this.#statuses.decisions, this.#statuses.fields);
	}

	#run(run: DeploymentRecord | undefined): void {
		if (!run) return void (this.phase = 'missing');
		this.record = run;
		this.fields.take(run);
	}
}
