// What an open deployment has decided, as shown: each item's value, tasks not applicable,
// waivers and signatures' bindings. A change shows at once and goes to the store as a typed
// record; records arriving from elsewhere are taken unless this tab has a newer change of its own.
import type { EntryValue } from '$lib/checklist/model';
import type { Decisions } from '$lib/record/decisions';
import {
	apply,
	holds,
	itemDecision,
	RECORD_SCHEMA,
	recordKey,
	type Decision,
	type DecisionRecord
} from '$lib/record/records';
import { measureDurable } from '$lib/util/perf';
import { SaveQueue, type SaveStatus } from './save-queue';
import type { DeploymentStore } from './store';

/**
 * Writes by assignment: a state proxy tells those who iterate its keys (the fingerprint, the
 * counts) of a new key only then, not through defineProperty. It also ignores a key such as
 * "__proto__" (from a hostile link), which is no item of any checklist.
 */
const assign = <T>(into: Record<string, T>, key: string, value: T) => void (into[key] = value);

export class DecisionState implements Decisions {
	/** Item values by id (ahead of the store while saving). */
	values = $state<Record<string, EntryValue | undefined>>({});
	na = $state<Decisions['na']>({});
	waivers = $state<Decisions['waivers']>({});
	signed = $state<Decisions['signed']>({});
	other = $state<NonNullable<Decisions['other']>>({});
	/** When each item last changed (ms since epoch). */
	times = $state<Record<string, number>>({});

	#queue: SaveQueue<Decision>;
	/** When each not-yet-stored change began (performance.now), for the benchmark. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping, never rendered
	#started = new Map<string, number>();

	constructor(store: DeploymentStore, onStatus: (status: SaveStatus) => void) {
		this.#queue = new SaveQueue<Decision>({
			write: async (key, decision, at) => {
				const started = this.#started.get(key);
				await store.write([{ ...decision, v: RECORD_SCHEMA, at }]);
				if (started !== undefined && this.#started.get(key) === started) {
					this.#started.delete(key);
					measureDurable(started);
				}
			},
			describe: (e) => store.describe(e).message,
			retryable: (e) => store.describe(e).retryable,
			onStatus
		});
	}

	/** Shows an item's new value at once and saves it. */
	set(itemId: string, value: EntryValue): void {
		this.decide(itemDecision(itemId, value));
	}

	/** Shows a decision at once and saves it. */
	decide(decision: Decision): void {
		const key = recordKey(decision);
		if (!this.#started.has(key)) this.#started.set(key, performance.now());
		apply(this, decision, assign);
		const at = this.#queue.set(key, decision);
		if ('item' in decision) this.times[decision.item] = at;
	}

	/** Takes records from the store, except where this tab has a newer change of its own. */
	merge(records: readonly DecisionRecord[]): void {
		for (const record of records) {
			const key = recordKey(record);
			if (this.#queue.isDirty(key)) continue;
			const mine = this.#queue.lastChange(key);
			if (mine !== undefined && record.at < mine) continue;
			if (!holds(this, record)) apply(this, record, assign);
			if ('item' in record && this.times[record.item] !== record.at)
				this.times[record.item] = record.at;
		}
	}

	whenSaved(): Promise<void> {
		return this.#queue.whenIdle();
	}

	retry(): void {
		this.#queue.retryNow();
	}

	dispose(): void {
		this.#queue.dispose();
	}
}
