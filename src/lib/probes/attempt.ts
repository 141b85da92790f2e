// One request's try under a time limit and Cancel: the CORS try and its no-cors fallback share
// it, so a timeout or a cancel reads the same whichever try was running.
import type { FailureFacts } from '$lib/evidence/facts';

/** How to send one request, and when to give up on it. */
export interface RequestOptions {
	method?: 'GET' | 'POST';
	body?: string;
	contentType?: string;
	timeoutMs: number;
	/** Aborted when the person presses Cancel. */
	signal: AbortSignal;
}

/** One request's time limit and cancellation, shared by its CORS and no-cors tries. */
export class Attempt {
	#controller = new AbortController();
	#timedOut = false;
	#timer: ReturnType<typeof setTimeout>;
	#onCancel = () => this.#controller.abort();

	constructor(
		private options: RequestOptions,
		private deps: { fetch: typeof fetch }
	) {
		this.#timer = setTimeout(() => {
			this.#timedOut = true;
			this.#controller.abort();
		}, options.timeoutMs);
		if (options.signal.aborted) this.#controller.abort();
		options.signal.addEventListener('abort', this.#onCancel);
	}

	get signal(): AbortSignal {
		return this.#controller.signal;
	}

	fetch(url: string, mode: RequestMode): Promise<Response> {
		const { method = 'GET', body, contentType } = this.options;
		// A no-cors request may only carry "simple" headers, so JSON goes as text/plain there.
		const headers: Record<string, string> = {};
		if (contentType && mode === 'cors') headers['content-type'] = contentType;
		return this.deps.fetch(url, {
			method,
			body,
			headers,
			mode,
			credentials: 'omit',
			cache: 'no-store',
			redirect: mode === 'cors' ? 'manual' : 'follow',
			referrerPolicy: 'no-referrer',
			signal: this.signal
		});
	}

	/** A timeout or cancellation as facts; null for other errors. */
	failure(url: string, error: unknown): FailureFacts | null {
		if (this.#timedOut) return { kind: 'timeout', url, timeoutMs: this.options.timeoutMs };
		if (this.options.signal.aborted) return { kind: 'cancelled', url };
		if (!(error instanceof TypeError)) return { kind: 'network', url, message: messageOf(error) };
		return null;
	}

	done(): void {
		clearTimeout(this.#timer);
		this.options.signal.removeEventListener('abort', this.#onCancel);
	}
}

/** An error's message, whatever was thrown. */
export function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
