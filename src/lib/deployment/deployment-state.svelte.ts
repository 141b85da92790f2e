// The state of one open deployment: loading it, following changes from other tabs, and saving
// every change at once. Views a single feature needs live in that feature (signoffView,
// commandView, followUpView, secretView, passedTicks), built on this state.
import type { Checklist, EntryValue } from '$lib/checklist/model';
import { progress, score } from '$lib/checklist/scoring';
import { headerFields } from '$lib/checklist/walk';
import {
	addEvidence,
	describeStorageError,
	loadDeployment,
	ReadOnlyError,
	setEntry,
	updateDeployment,
	watchDeployment,
	watchEntries,
	watchEvidence,
	type DeploymentPatch,
	type DeploymentRecord,
	type EntryRecord,
	type EvidenceRecord
} from '$lib/db';
import { taskIndex, taskTexts as textsById } from '$lib/evidence/items';
import { parseTarget } from '$lib/target/target';
import { measureDurable } from '$lib/util/perf';
import { deploymentName } from './deployment-name';
import { latestByItem } from './evidence-view';
import { evidenceRecords, type EvidenceGroup } from './evidence-records';
import { SaveQueue, worstStatus, type SaveStatus } from './save-queue';
import { tasksBySection } from './section-tasks';

/** The page's protocol ('https:' blocks http:// targets); https in prerendering. */
function pageProtocol(): string {
	return typeof location === 'undefined' ? 'https:' : location.protocol;
}

const SAVED: SaveStatus = { state: 'saved', message: '', retryAt: null };

/**
 * A deployment held only in memory, such as one opened from a share link: shown read-only and
 * never stored, except the cells a person may fill here (one role's signature).
 */
export interface DetachedDeployment {
	record: DeploymentRecord;
	model: Checklist;
	source: string;
	values: Record<string, EntryValue>;
	evidence: EvidenceRecord[];
}

export class DeploymentState {
	readonly id: string;
	// First: the derived fields below read it.
	#detached: DetachedDeployment | null = null;
	phase = $state<'loading' | 'ready' | 'missing' | 'error'>('loading');
	loadError = $state('');
	record = $state.raw<DeploymentRecord | null>(null);
	model = $state.raw<Checklist | null>(null);
	/** The template snapshot's Markdown (for exports and the fingerprint). */
	source = $state.raw('');
	/** Values by item id, as shown on screen (ahead of storage while saving). */
	values = $state<Record<string, EntryValue>>({});
	/** When each item last changed (ms since epoch). */
	times = $state<Record<string, number>>({});
	/** The target URL as shown (ahead of storage while saving). */
	target = $state('');
	/** Command values (app name, release…) as shown. */
	vars = $state<Record<string, string>>({});
	/** The name a person gave the deployment, as shown; '' for the default name. */
	customName = $state('');
	/** Every piece of evidence, oldest first. */
	evidence = $state.raw<EvidenceRecord[]>([]);
	save = $state<SaveStatus>(SAVED);

	progress = $derived(this.model ? progress(this.model, this.values) : { ticked: 0, total: 0 });
	score = $derived(this.model ? score(this.model, this.values) : null);
	sectionTasks = $derived(tasksBySection(this.model));
	readOnly = $derived(this.#detached !== null || this.record?.status === 'signed');
	/** True for a deployment held only in memory (a shared one): nothing here is stored. */
	get detached(): boolean {
		return this.#detached !== null;
	}
	/** In a detached deployment, the items a person may still fill (kept in memory only). */
	editable = $state.raw<string[]>([]);
	/** The newest evidence for each item. */
	latestEvidence = $derived(latestByItem(this.evidence));
	/** Task text by id, to name the items evidence informs. */
	taskTexts = $derived(textsById(this.model));
	/** The Target URL, validated; null when empty. */
	targetInfo = $derived(this.target.trim() ? parseTarget(this.target, pageProtocol()) : null);
	#tasks = $derived(taskIndex(this.model ?? { blocks: [], sections: [] }));
	#headerFields = $derived(this.model ? headerFields(this.model) : []);
	/** Header values by label, as shown (the stored summary lags behind while saving). */
	#header = $derived.by(() => {
		const header: Record<string, string> = {};
		for (const f of this.#headerFields) {
			const value = this.values[f.id];
			if (typeof value === 'string') header[f.label] = value;
		}
		return header;
	});
	/** The name made of app, version and date (see deployment-name), shown without a given name. */
	defaultName = $derived(
		deploymentName({
			vars: this.vars,
			target: this.target,
			header: this.#header,
			title: this.model?.title ?? 'Deployment'
		})
	);
	/** What the deployment is called: its given name, else the default name. */
	name = $derived(this.customName || this.defaultName);

	#entries: SaveQueue<EntryValue>;
	#fields: SaveQueue<DeploymentPatch[keyof DeploymentPatch]>;
	#statuses = { entries: SAVED, fields: SAVED };
	#unsubscribe: (() => void)[] = [];
	/** When each not-yet-stored change began (performance.now), for the benchmark. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping, never rendered
	#changeStarted = new Map<string, number>();

	constructor(id: string, detached: DetachedDeployment | null = null) {
		this.id = id;
		this.#detached = detached;
		const retryable = (e: unknown) =>
			!(e instanceof ReadOnlyError) && !/no longer exists/.test(String(e));
		const status = (which: 'entries' | 'fields') => (s: SaveStatus) => {
			this.#statuses[which] = s;
			this.save = worstStatus(this.#statuses.entries, this.#statuses.fields);
		};
		this.#entries = new SaveQueue<EntryValue>({
			write: async (itemId, value, at) => {
				const started = this.#changeStarted.get(itemId);
				await setEntry(id, itemId, value, at);
				if (started !== undefined && this.#changeStarted.get(itemId) === started) {
					this.#changeStarted.delete(itemId);
					measureDurable(started);
				}
			},
			describe: describeStorageError,
			retryable,
			onStatus: status('entries')
		});
		this.#fields = new SaveQueue<DeploymentPatch[keyof DeploymentPatch]>({
			write: (key, value, at) => updateDeployment(id, { [key]: value }, at),
			describe: describeStorageError,
			retryable,
			onStatus: status('fields')
		});
	}

	/** Loads the deployment and follows changes made in other tabs (a detached one is at hand). */
	async open(): Promise<void> {
		const detached = this.#detached;
		if (detached) {
			this.record = detached.record;
			this.target = detached.record.target;
			this.vars = { ...detached.record.vars };
			this.model = detached.model;
			this.source = detached.source;
			this.values = { ...detached.values };
			this.evidence = detached.evidence;
			this.phase = 'ready';
			return;
		}
		try {
			const bundle = await loadDeployment(this.id);
			if (!bundle) {
				this.phase = 'missing';
				return;
			}
			this.record = bundle.run;
			this.target = bundle.run.target;
			this.vars = { ...bundle.run.vars };
			this.customName = bundle.run.name ?? '';
			this.model = bundle.snapshot.model;
			this.source = bundle.snapshot.source;
			this.#merge(bundle.entries);
			this.phase = 'ready';
			const onError = (e: unknown) =>
				(this.save = { state: 'error', message: describeStorageError(e), retryAt: null });
			const subscriptions = [
				watchEntries(this.id).subscribe({ next: (e) => this.#merge(e), error: onError }),
				watchDeployment(this.id).subscribe({ next: (r) => this.#mergeRecord(r), error: onError }),
				watchEvidence(this.id).subscribe({ next: (e) => (this.evidence = e), error: onError })
			];
			this.#unsubscribe = subscriptions.map((s) => () => s.unsubscribe());
		} catch (error) {
			this.loadError = describeStorageError(error);
			this.phase = 'error';
		}
	}

	/** Shows a value at once and saves it (a detached deployment keeps it in memory). */
	set(itemId: string, value: EntryValue): void {
		if (this.#detached) {
			this.values[itemId] = value;
			this.times[itemId] = Date.now();
			return;
		}
		if (!this.#changeStarted.has(itemId)) this.#changeStarted.set(itemId, performance.now());
		this.values[itemId] = value;
		this.times[itemId] = this.#entries.set(itemId, value);
	}

	/** Shows a new target URL at once and saves it. */
	setTarget(value: string): void {
		this.target = value;
		this.#fields.set('target', value);
	}

	/** Shows a new name at once and saves it; '' goes back to the default name. */
	setName(value: string): void {
		this.customName = value.trim();
		this.#fields.set('name', this.customName);
	}

	/** Shows a new command value at once and saves them all. */
	setVar(name: string, value: string): void {
		this.vars[name] = value;
		this.#fields.set('vars', { ...this.vars });
	}

	/**
	 * Stores findings as evidence on the items they name, in one transaction. Resolves to an
	 * error message, or '' when stored.
	 */
	async recordEvidence(batch: string, groups: EvidenceGroup[]): Promise<string> {
		try {
			await addEvidence(this.id, evidenceRecords(this.#tasks, batch, groups, Date.now()));
			return '';
		} catch (error) {
			return describeStorageError(error);
		}
	}

	/** Resolves when every change shown is stored. */
	async whenSaved(): Promise<void> {
		await Promise.all([this.#entries.whenIdle(), this.#fields.whenIdle()]);
	}

	/** True while a change shown on screen is not yet stored. */
	get unsaved(): boolean {
		return this.save.state !== 'saved';
	}

	retry(): void {
		this.#entries.retryNow();
		this.#fields.retryNow();
	}

	close(): void {
		for (const stop of this.#unsubscribe) stop();
		this.#entries.dispose();
		this.#fields.dispose();
	}

	/** Takes the stored record; keeps the target, command values and name this tab has not saved yet. */
	#mergeRecord(record: DeploymentRecord | undefined): void {
		if (!record) {
			this.phase = 'missing';
			return;
		}
		this.record = record;
		if (!this.#fields.isDirty('target') && record.target !== this.target)
			this.target = record.target;
		if (!this.#fields.isDirty('vars') && JSON.stringify(record.vars) !== JSON.stringify(this.vars))
			this.vars = { ...record.vars };
		if (!this.#fields.isDirty('name') && (record.name ?? '') !== this.customName)
			this.customName = record.name ?? '';
	}

	/** Takes stored values, except where this tab has a newer change of its own. */
	#merge(entries: EntryRecord[]): void {
		for (const entry of entries) {
			if (this.#entries.isDirty(entry.itemId)) continue;
			const mine = this.#entries.lastChange(entry.itemId);
			if (mine !== undefined && entry.updatedAt < mine) continue;
			if (this.values[entry.itemId] !== entry.value) this.values[entry.itemId] = entry.value;
			if (this.times[entry.itemId] !== entry.updatedAt) this.times[entry.itemId] = entry.updatedAt;
		}
	}
}
