// Writes each changed value at once, one write per item in flight, the newest value winning.
// A failed write keeps the value queued and retries with back-off; nothing is dropped.

export interface SaveStatus {
	state: 'saved' | 'saving' | 'error';
	/** What went wrong, in words (only when state is 'error'). */
	message: string;
	/** When the next automatic retry happens (ms since epoch), or null. */
	retryAt: number | null;
}

/** One status for two queues: an error wins, then saving. */
export function worstStatus(a: SaveStatus, b: SaveStatus): SaveStatus {
	if (a.state === 'error') return a;
	if (b.state === 'error') return b;
	return a.state === 'saving' ? a : b;
}

export interface SaveQueueOptions<V> {
	write: (itemId: string, value: V, at: number) => Promise<void>;
	describe: (error: unknown) => string;
	/** Whether retrying can help (a read-only run, say, cannot). */
	retryable?: (error: unknown) => boolean;
	onStatus: (status: SaveStatus) => void;
	retryDelays?: readonly number[];
	now?: () => number;
}

interface Change<V> {
	value: V;
	at: number;
}

export class SaveQueue<V> {
	#pending = new Map<string, Change<V>>();
	#inFlight = new Map<string, Change<V>>();
	#lastWrite = new Map<string, number>();
	#failures = 0;
	#timer: ReturnType<typeof setTimeout> | null = null;
	#idle: (() => void)[] = [];
	#options: Required<SaveQueueOptions<V>>;
	#error: string | null = null;

	constructor(options: SaveQueueOptions<V>) {
		this.#options = {
			retryable: () => true,
			retryDelays: [500, 1000, 2000, 5000, 10000],
			now: () => Date.now(),
			...options
		};
	}

	/** Queues a value for an item and starts writing it now. Returns the change's time. */
	set(itemId: string, value: V): number {
		const at = this.#options.now();
		this.#pending.set(itemId, { value, at });
		this.#lastWrite.set(itemId, at);
		this.#report();
		void this.#flush(itemId);
		return at;
	}

	/** True while an item has a local change that is not yet stored. */
	isDirty(itemId: string): boolean {
		return this.#pending.has(itemId) || this.#inFlight.has(itemId);
	}

	/** The time of the latest local change to an item, if any. */
	lastChange(itemId: string): number | undefined {
		return this.#lastWrite.get(itemId);
	}

	/** Resolves once every queued change is stored (or has failed and waits for a retry). */
	whenIdle(): Promise<void> {
		if (this.#busy() === 0) return Promise.resolve();
		return new Promise((resolve) => this.#idle.push(resolve));
	}

	/** Retries every queued change now. */
	retryNow(): void {
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = null;
		for (const id of [...this.#pending.keys()]) void this.#flush(id);
	}

	/** Stops automatic retries (the page is going away). */
	dispose(): void {
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = null;
	}

	#busy(): number {
		return this.#pending.size + this.#inFlight.size;
	}

	async #flush(itemId: string): Promise<void> {
		if (this.#inFlight.has(itemId)) return;
		const change = this.#pending.get(itemId);
		if (!change) return;
		this.#pending.delete(itemId);
		this.#inFlight.set(itemId, change);
		try {
			await this.#options.write(itemId, change.value, change.at);
			this.#inFlight.delete(itemId);
			this.#failures = 0;
			if (this.#pending.size === 0) this.#error = null;
		} catch (error) {
			this.#inFlight.delete(itemId);
			// Keep the value unless a newer one was queued meanwhile.
			if (!this.#pending.has(itemId)) this.#pending.set(itemId, change);
			this.#error = this.#options.describe(error);
			if (this.#options.retryable(error)) this.#scheduleRetry();
			this.#report();
			return;
		}
		if (this.#pending.has(itemId)) void this.#flush(itemId);
		this.#report();
	}

	#retryAt: number | null = null;

	#scheduleRetry(): void {
		if (this.#timer) return;
		const delays = this.#options.retryDelays;
		const delay = delays[Math.min(this.#failures, delays.length - 1)];
		this.#failures++;
		this.#retryAt = this.#options.now() + delay;
		this.#timer = setTimeout(() => {
			this.#timer = null;
			this.#retryAt = null;
			this.retryNow();
		}, delay);
	}

	#report(): void {
		const busy = this.#busy();
		let status: SaveStatus;
		if (this.#error) status = { state: 'error', message: this.#error, retryAt: this.#retryAt };
		else status = { state: busy ? 'saving' : 'saved', message: '', retryAt: null };
		this.#options.onStatus(status);
		if (busy === 0 || (this.#error && this.#inFlight.size === 0)) {
			const waiting = this.#idle;
			this.#idle = [];
			for (const resolve of waiting) resolve();
		}
	}
}
