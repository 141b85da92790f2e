// Makes one request the way a browser may, and records what it could really see: a readable
// answer (CORS), an opaque one (no-cors fallback), a hidden redirect, or how it failed.
import type { FailureFacts, HttpFacts, Observation } from '$lib/evidence/facts';
import { timingFor } from './resource-timing';
import { isLoopback } from '$lib/target/target';

/** The most of any body a probe reads. */
export const BODY_CAP = 256 * 1024;

export interface ObserveDeps {
	fetch: typeof fetch;
	performance: Performance;
	/** The app page's protocol ('https:' makes http:// targets mixed content). */
	pageProtocol: string;
	now: () => number;
}

export interface ObserveOptions {
	method?: 'GET' | 'POST';
	body?: string;
	contentType?: string;
	timeoutMs: number;
	/** Aborted when the person presses Cancel. */
	signal: AbortSignal;
	bodyCap?: number;
}

/** Requests `url` and returns what the browser let the page see. */
export async function observe(
	url: string,
	options: ObserveOptions,
	deps: ObserveDeps
): Promise<Observation> {
	const target = new URL(url);
	if (deps.pageProtocol === 'https:' && target.protocol === 'http:' && !isLoopback(target.hostname))
		return { kind: 'mixed-content', url };
	const attempt = new Attempt(options, deps);
	try {
		return await observeWith(url, attempt, options.bodyCap ?? BODY_CAP, deps);
	} finally {
		attempt.done();
	}
}

async function observeWith(
	url: string,
	attempt: Attempt,
	cap: number,
	deps: ObserveDeps
): Promise<Observation> {
	try {
		const started = deps.performance.now();
		const response = await attempt.fetch(url, 'cors');
		if (response.type === 'opaqueredirect') return { kind: 'redirect', url };
		return await readable(url, response, started, cap, deps);
	} catch (error) {
		const failure = attempt.failure(url, error);
		if (failure) return failure;
	}
	// CORS refused (or the network failed): an opaque request can still show that something answered.
	try {
		const started = deps.performance.now();
		await attempt.fetch(url, 'no-cors');
		return { kind: 'opaque', url, timing: await timingFor(url, started, deps) };
	} catch (error) {
		return attempt.failure(url, error) ?? { kind: 'network', url, message: messageOf(error) };
	}
}

/** One request's time limit and cancellation, shared by its CORS and no-cors tries. */
class Attempt {
	#controller = new AbortController();
	#timedOut = false;
	#timer: ReturnType<typeof setTimeout>;
	#onCancel = () => this.#controller.abort();

	constructor(
		private options: ObserveOptions,
		private deps: ObserveDeps
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

async function readable(
	url: string,
	response: Response,
	started: number,
	cap: number,
	deps: ObserveDeps
): Promise<HttpFacts> {
	const headers: Record<string, string> = {};
	response.headers.forEach((value, name) => (headers[name.toLowerCase()] = value));
	const expose = headers['access-control-expose-headers'];
	const exposed =
		expose === undefined
			? null
			: expose.trim() === '*'
				? ('*' as const)
				: expose
						.split(',')
						.map((h) => h.trim().toLowerCase())
						.filter(Boolean);
	const body = await readCapped(response, cap);
	const receivedAt = deps.now();
	return {
		kind: 'http',
		url,
		status: response.status,
		statusText: response.statusText,
		headers,
		exposed,
		body: body.text,
		bodyBytes: body.bytes,
		truncated: body.truncated,
		finalUrl: response.url || url,
		redirected: response.redirected,
		timing: await timingFor(url, started, deps),
		receivedAt
	};
}

/** Reads at most `cap` bytes of the body and decodes them as UTF-8. */
async function readCapped(response: Response, cap: number) {
	if (!response.body) return { text: '', bytes: 0, truncated: false };
	const reader = response.body.getReader();
	const chunks: Uint8Array[] = [];
	let bytes = 0;
	let truncated = false;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		if (bytes + value.byteLength > cap) {
			chunks.push(value.subarray(0, cap - bytes));
			bytes = cap;
			truncated = true;
			await reader.cancel();
			break;
		}
		chunks.push(value);
		bytes += value.byteLength;
	}
	const all = new Uint8Array(bytes);
	let offset = 0;
	for (const chunk of chunks) {
		all.set(chunk, offset);
		offset += chunk.byteLength;
	}
	return { text: new TextDecoder().decode(all), bytes, truncated };
}

function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
