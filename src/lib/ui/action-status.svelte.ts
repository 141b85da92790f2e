// How a button's action is going: busy while it runs, then what it did or why it failed, in words.
// Every panel that runs an action and says how it went keeps one; StatusMessage shows it.

/** Words saying why an action could not be done, returned instead of thrown (see `failure`). */
export interface Failure {
	readonly failure: string;
}

/** What an action resolves to: the words of what it did, or a failure in words. */
export type Outcome = string | Failure;

/** Marks words as a failure: an action returns `failure('…')` for a refusal it put in words. */
export function failure(words: string): Failure {
	return { failure: words };
}

/** The outcome of a step that answers with an error in words or '': a failure, else `words`. */
export function failureOr(error: string, words = ''): Outcome {
	return error ? failure(error) : words;
}

/** What was thrown, in its own words: an Error's message, or the value as text. */
export function errorText(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

export class ActionStatus {
	/** True while an action runs: its buttons are disabled. */
	busy = $state(false);
	/** What the last action did or why it failed, in words; '' for nothing to say. */
	message = $state('');
	/** Whether `message` reports a failure (announced as an alert). */
	failed = $state(false);
	readonly #describe: (error: unknown) => string;

	/** `describe` puts what an action throws into words, e.g. describeStorageError. */
	constructor(describe: (error: unknown) => string = errorText) {
		this.#describe = describe;
	}

	/** Runs `work` while busy and shows the outcome it resolves to; a throw shows as a failure. */
	async run(work: () => Promise<Outcome>): Promise<void> {
		const outcome = await this.attempt(work);
		if (typeof outcome === 'string') this.say(outcome);
		else if (outcome) this.fail(outcome.failure);
	}

	/**
	 * Runs `work` while busy and resolves to its result, or to null when it threw (the failure is
	 * shown, put in words by `describe`, else by the constructor's describer).
	 */
	async attempt<T>(work: () => Promise<T>, describe = this.#describe): Promise<T | null> {
		this.busy = true;
		this.clear();
		try {
			return await work();
		} catch (error) {
			this.fail(describe(error));
			return null;
		} finally {
			this.busy = false;
		}
	}

	/** Shows what happened. */
	say(words: string): void {
		this.message = words;
		this.failed = false;
	}

	/** Shows why something failed. */
	fail(words: string): void {
		this.message = words;
		this.failed = true;
	}

	/** Shows nothing. */
	clear(): void {
		this.say('');
	}
}
