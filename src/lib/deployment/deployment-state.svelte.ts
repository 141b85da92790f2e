// The state of one open deployment: its checklist, values, save status and live progress.
import type { Checklist, EntryValue } from '$lib/checklist/model';
import { progress, score } from '$lib/checklist/scoring';
import {
	addEvidence,
	describeStorageError,
	loadDeployment,
	ReadOnlyError,
	recentTargets,
	setEntry,
	setEvidenceExcerpt,
	updateDeployment,
	watchEntries,
	watchEvidence,
	watchDeployment,
	type EntryRecord,
	type EvidenceRecord,
	type NewEvidence,
	type DeploymentPatch,
	type DeploymentRecord
} from '$lib/db';
import type { Finding } from '$lib/evidence/finding';
import { resolveItems, taskIndex, taskTexts as textsById } from '$lib/evidence/items';
import { parseTarget } from '$lib/probes/target';
import { ITEMS } from '$lib/evidence/finding';
import { sectionOfTask } from './section-tasks';
import { signoffRows, unsignedRoles } from '$lib/signoff/signatures';
import { followUps } from '$lib/followups/followups';
import { localDate } from '$lib/util/dates';
import { measureDurable } from '$lib/util/perf';
import { redactSecrets } from '$lib/secrets/redact';
import { fillableLabels } from './labels';
import { secretPlaces, type SecretPlace } from '$lib/secrets/secret-places';
import { variableValues } from '$lib/commands/substitute';
import { variablesOf } from '$lib/commands/variables';
import { latestByItem } from './evidence-view';
import { SaveQueue, type SaveStatus } from './save-queue';
import { tasksBySection } from './section-tasks';

/** The page's protocol ('https:' blocks http:// targets); https in prerendering. */
function pageProtocol(): string {
	return typeof location === 'undefined' ? 'https:' : location.protocol;
}

export class DeploymentState {
	readonly id: string;
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
	save = $state<SaveStatus>({ state: 'saved', message: '', retryAt: null });

	progress = $derived(this.model ? progress(this.model, this.values) : { ticked: 0, total: 0 });
	score = $derived(this.model ? score(this.model, this.values) : null);
	sectionTasks = $derived(tasksBySection(this.model));
	readOnly = $derived(this.record?.status === 'signed');
	/** Target URLs used by earlier deployments of the same checklist. */
	recentTargets = $state.raw<string[]>([]);
	/** Every piece of evidence, oldest first. */
	evidence = $state.raw<EvidenceRecord[]>([]);
	/** The newest evidence for each item. */
	latestEvidence = $derived(latestByItem(this.evidence));
	/** Items whose newest evidence passed but which are not ticked yet. */
	passedUnticked = $derived(
		[...this.latestEvidence]
			.filter(([id, e]) => e.verdict === 'pass' && this.values[id] !== true)
			.map(([id]) => id)
	);
	#tasks = $derived(taskIndex(this.model ?? { blocks: [], sections: [] }));
	/** Task text by id, to name the items evidence informs. */
	taskTexts = $derived(textsById(this.model));
	/** The target URL as shown (ahead of storage while saving). */
	target = $state('');
	/** Command values (app name, release…) as shown. */
	vars = $state<Record<string, string>>({});
	/** The Target URL, validated; null when empty. */
	targetInfo = $derived(this.target.trim() ? parseTarget(this.target, pageProtocol()) : null);
	/** What each fillable item is called, for messages about it. */
	#labels = $derived(fillableLabels(this.model));
	/** The post-deployment follow-ups with their due dates. */
	followUps = $derived(
		this.model && this.record
			? followUps(this.model, this.values, localDate(this.record.createdAt))
			: []
	);
	/** The sign-off table's roles and their cells. */
	signoffRows = $derived(this.model ? signoffRows(this.model) : []);
	/** Roles still missing something before the deployment can be signed off. */
	unsigned = $derived(unsignedRoles(this.signoffRows, this.values));
	/** The section holding the performance items, where timing commands are offered. */
	timingSection = $derived(
		this.model ? sectionOfTask(this.model, [ITEMS.pageLoad, ITEMS.latency]) : null
	);
	/** The variables the checklist's commands use. */
	variables = $derived(this.model ? variablesOf(this.model) : []);
	/** Each variable's value, or null when not filled in. */
	variableValues = $derived(
		variableValues(this.variables, this.vars, this.targetInfo?.ok ? this.targetInfo : null)
	);

	#queue: SaveQueue<EntryValue>;
	#recordQueue: SaveQueue<DeploymentPatch[keyof DeploymentPatch]>;
	#statuses: Record<'entries' | 'record', SaveStatus> = {
		entries: { state: 'saved', message: '', retryAt: null },
		record: { state: 'saved', message: '', retryAt: null }
	};
	#unsubscribe: (() => void)[] = [];
	/** When each not-yet-stored change began (performance.now), for the benchmark. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping, never rendered
	#changeStarted = new Map<string, number>();

	constructor(id: string) {
		this.id = id;
		const retryable = (e: unknown) =>
			!(e instanceof ReadOnlyError) && !/no longer exists/.test(String(e));
		this.#queue = new SaveQueue<EntryValue>({
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
			onStatus: (status) => this.#status('entries', status)
		});
		this.#recordQueue = new SaveQueue<DeploymentPatch[keyof DeploymentPatch]>({
			write: (key, value, at) => updateDeployment(id, { [key]: value }, at),
			describe: describeStorageError,
			retryable,
			onStatus: (status) => this.#status('record', status)
		});
	}

	/** One status for both queues: an error wins, then saving. */
	#status(which: 'entries' | 'record', status: SaveStatus): void {
		this.#statuses[which] = status;
		const { entries, record } = this.#statuses;
		this.save =
			entries.state === 'error'
				? entries
				: record.state === 'error'
					? record
					: entries.state === 'saving'
						? entries
						: record;
	}

	/** Loads the run and follows changes made in other tabs. */
	async open(): Promise<void> {
		try {
			const bundle = await loadDeployment(this.id);
			if (!bundle) {
				this.phase = 'missing';
				return;
			}
			this.record = bundle.run;
			this.target = bundle.run.target;
			this.vars = { ...bundle.run.vars };
			this.model = bundle.snapshot.model;
			this.source = bundle.snapshot.source;
			this.#merge(bundle.entries);
			this.phase = 'ready';
			void recentTargets(bundle.run.templateId).then((t) => (this.recentTargets = t));
			const onError = (e: unknown) =>
				(this.save = { state: 'error', message: describeStorageError(e), retryAt: null });
			const entries = watchEntries(this.id).subscribe({
				next: (e) => this.#merge(e),
				error: onError
			});
			const run = watchDeployment(this.id).subscribe({
				next: (r) => this.#mergeDeployment(r),
				error: onError
			});
			const evidence = watchEvidence(this.id).subscribe({
				next: (e) => (this.evidence = e),
				error: onError
			});
			this.#unsubscribe = [
				() => entries.unsubscribe(),
				() => run.unsubscribe(),
				() => evidence.unsubscribe()
			];
		} catch (error) {
			this.loadError = describeStorageError(error);
			this.phase = 'error';
		}
	}

	/** Shows a value at once and saves it. */
	set(itemId: string, value: EntryValue): void {
		if (!this.#changeStarted.has(itemId)) this.#changeStarted.set(itemId, performance.now());
		this.values[itemId] = value;
		this.times[itemId] = this.#queue.set(itemId, value);
	}

	/**
	 * Stores findings as evidence on the items they name, in one transaction. Resolves to an
	 * error message, or '' when stored.
	 */
	async recordEvidence(
		batch: string,
		groups: {
			source: string;
			findings: Finding[];
			excerpt: string;
			data: Record<string, unknown> | null;
		}[]
	): Promise<string> {
		const at = Date.now();
		const records: NewEvidence[] = groups.flatMap((g) =>
			g.findings.map((f) => ({
				itemIds: resolveItems(this.#tasks, f.items),
				source: g.source,
				key: f.key,
				batch,
				verdict: f.verdict,
				summary: f.summary,
				details: f.details ?? [],
				next: f.next ?? '',
				excerpt: g.excerpt,
				data: g.data,
				at
			}))
		);
		try {
			await addEvidence(this.id, records);
			return '';
		} catch (error) {
			return describeStorageError(error);
		}
	}

	/** Values and pasted outputs that look like secrets. */
	get secrets(): SecretPlace[] {
		return secretPlaces(this.values, this.evidence, (id) => this.#labels.get(id) ?? 'a field');
	}

	/** Redacts every secret-looking value and pasted output; resolves to an error in words, or ''. */
	async redactAll(): Promise<string> {
		for (const place of this.secrets) {
			if (place.itemId) {
				const value = this.values[place.itemId];
				if (typeof value === 'string') this.set(place.itemId, redactSecrets(value, place.matches));
			} else if (place.evidenceId) {
				const record = this.evidence.find((e) => e.id === place.evidenceId);
				if (!record) continue;
				try {
					await setEvidenceExcerpt(
						this.id,
						record.id,
						redactSecrets(record.excerpt, place.matches)
					);
				} catch (error) {
					return describeStorageError(error);
				}
			}
		}
		await this.whenSaved();
		return this.save.state === 'error' ? this.save.message : '';
	}

	/** Ticks every item whose newest evidence passed. */
	tickAllPassed(): void {
		for (const id of this.passedUnticked) this.set(id, true);
	}

	/** Shows a new target URL at once and saves it. */
	setTarget(value: string): void {
		this.target = value;
		this.#recordQueue.set('target', value);
	}

	/** Shows a new command value at once and saves them all. */
	setVar(name: string, value: string): void {
		this.vars[name] = value;
		this.#recordQueue.set('vars', { ...this.vars });
	}

	/** Resolves when every change shown is stored. */
	async whenSaved(): Promise<void> {
		await Promise.all([this.#queue.whenIdle(), this.#recordQueue.whenIdle()]);
	}

	/** True while a change shown on screen is not yet stored. */
	get unsaved(): boolean {
		return this.save.state !== 'saved';
	}

	retry(): void {
		this.#queue.retryNow();
		this.#recordQueue.retryNow();
	}

	close(): void {
		for (const stop of this.#unsubscribe) stop();
		this.#queue.dispose();
		this.#recordQueue.dispose();
	}

	#mergeDeployment(record: DeploymentRecord | undefined): void {
		if (!record) {
			this.phase = 'missing';
			return;
		}
		this.record = record;
		if (!this.#recordQueue.isDirty('target') && record.target !== this.target)
			this.target = record.target;
		if (
			!this.#recordQueue.isDirty('vars') &&
			JSON.stringify(record.vars) !== JSON.stringify(this.vars)
		)
			this.vars = { ...record.vars };
	}

	/** Takes stored values, except where this tab has a newer change of its own. */
	#merge(entries: EntryRecord[]): void {
		for (const entry of entries) {
			if (this.#queue.isDirty(entry.itemId)) continue;
			const mine = this.#queue.lastChange(entry.itemId);
			if (mine !== undefined && entry.updatedAt < mine) continue;
			if (this.values[entry.itemId] !== entry.value) this.values[entry.itemId] = entry.value;
			if (this.times[entry.itemId] !== entry.updatedAt) this.times[entry.itemId] = entry.updatedAt;
		}
	}
}
