// Makes one request the way a browser may, and records what it could really see: a readable
// answer (CORS), an opaque one (no-cors fallback), a hidden redirect, or how it failed.
import type { Observation } from '$lib/evidence/facts';
import { Attempt, messageOf, type RequestOptions } from './attempt';
import { readable } from './read-response';
import { timingFor } from './resource-timing';
import { isLoopback } from '$lib/target/target';

/** The most of any body a probe reads. */
export const BODY_CAP = 256 * 1024;

/** What observing needs from the browser, passed in so tests can stand in for it. */
export interface ObserveDeps {
	fetch: typeof fetch;
	performance: Performance;
	/** The app page's protocol ('https:' makes http:// targets mixed content). */
	pageProtocol: string;
	now: () => number;
}

/** How to send the request, when to give up, and how much of the body to read. */
export interface ObserveOptions extends RequestOptions {
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
