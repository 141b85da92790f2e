// The state of one open deployment: its checklist, values, save status and live progress.
import type { Checklist, EntryValue } from '$lib/checklist/model';
import { progress, score } from '$lib/checklist/scoring';
import {
	describeStorageError,
	loadRun,
	ReadOnlyError,
	setEntry,
	setRunTarget,
	watchEntries,
	watchRun,
	type EntryRecord,
	type RunRecord
} from '$lib/db';
import { SaveQueue, type SaveStatus } from './save-queue';
import { tasksBySection } from './section-tasks';

export class RunState {
	readonly id: string;
	phase = $state<'loading' | 'ready' | 'missing' | 'error'>('loading');
	loadError = $state('');
	run = $state.raw<RunRecord | null>(null);
	model = $state.raw<Checklist | null>(null);
	/** Values by item id, as shown on screen (ahead of storage while saving). */
	values = $state<Record<string, EntryValue>>({});
	/** When each item last changed (ms since epoch). */
	times = $state<Record<string, number>>({});
	save = $state<SaveStatus>({ state: 'saved', message: '', retryAt: null });

	progress = $derived(this.model ? progress(this.model, this.values) : { ticked: 0, total: 0 });
	score = $derived(this.model ? score(this.model, this.values) : null);
	sectionTasks = $derived(tasksBySection(this.model));
	readOnly = $derived(this.run?.status === 'signed');
	/** The target URL as shown (ahead of storage while saving). */
	target = $state('');

	#queue: SaveQueue<EntryValue>;
	#runQueue: SaveQueue<string>;
	#statuses: Record<'entries' | 'run', SaveStatus> = {
		entries: { state: 'saved', message: '', retryAt: null },
		run: { state: 'saved', message: '', retryAt: null }
	};
	#unsubscribe: (() => void)[] = [];

	constructor(id: string) {
		this.id = id;
		const retryable = (e: unknown) =>
			!(e instanceof ReadOnlyError) && !/no longer exists/.test(String(e));
		this.#queue = new SaveQueue<EntryValue>({
			write: (itemId, value, at) => setEntry(id, itemId, value, at),
			describe: describeStorageError,
			retryable,
			onStatus: (status) => this.#status('entries', status)
		});
		this.#runQueue = new SaveQueue<string>({
			write: (_key, value, at) => setRunTarget(id, value, at),
			describe: describeStorageError,
			retryable,
			onStatus: (status) => this.#status('run', status)
		});
	}

	/** One status for both queues: an error wins, then saving. */
	#status(which: 'entries' | 'run', status: SaveStatus): void {
		this.#statuses[which] = status;
		const { entries, run } = this.#statuses;
		this.save =
			entries.state === 'error'
				? entries
				: run.state === 'error'
					? run
					: entries.state === 'saving'
						? entries
						: run;
	}

	/** Loads the run and follows changes made in other tabs. */
	async open(): Promise<void> {
		try {
			const bundle = await loadRun(this.id);
			if (!bundle) {
				this.phase = 'missing';
				return;
			}
			this.run = bundle.run;
			this.target = bundle.run.target;
			this.model = bundle.snapshot.model;
			this.#merge(bundle.entries);
			this.phase = 'ready';
			const onError = (e: unknown) =>
				(this.save = { state: 'error', message: describeStorageError(e), retryAt: null });
			const entries = watchEntries(this.id).subscribe({
				next: (e) => this.#merge(e),
				error: onError
			});
			const run = watchRun(this.id).subscribe({ next: (r) => this.#mergeRun(r), error: onError });
			this.#unsubscribe = [() => entries.unsubscribe(), () => run.unsubscribe()];
		} catch (error) {
			this.loadError = describeStorageError(error);
			this.phase = 'error';
		}
	}

	/** Shows a value at once and saves it. */
	set(itemId: string, value: EntryValue): void {
		this.values[itemId] = value;
		this.times[itemId] = this.#queue.set(itemId, value);
	}

	/** Shows a new target URL at once and saves it. */
	setTarget(value: string): void {
		this.target = value;
		this.#runQueue.set('target', value);
	}

	/** Resolves when every change shown is stored. */
	async whenSaved(): Promise<void> {
		await Promise.all([this.#queue.whenIdle(), this.#runQueue.whenIdle()]);
	}

	/** True while a change shown on screen is not yet stored. */
	get unsaved(): boolean {
		return this.save.state !== 'saved';
	}

	retry(): void {
		this.#queue.retryNow();
		this.#runQueue.retryNow();
	}

	close(): void {
		for (const stop of this.#unsubscribe) stop();
		this.#queue.dispose();
		this.#runQueue.dispose();
	}

	#mergeRun(run: RunRecord | undefined): void {
		if (!run) {
			this.phase = 'missing';
			return;
		}
		this.run = run;
		if (!this.#runQueue.isDirty('target') && run.target !== this.target) this.target = run.target;
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
