// What a readable (CORS) answer let the page see: its status, its headers and which of them the
// target exposed, and at most a capped number of body bytes.
import type { HttpFacts } from '$lib/evidence/facts';
import { timingFor } from './resource-timing';

/** The facts of a readable answer, its body read up to `cap` bytes. */
export async function readable(
	url: string,
	response: Response,
	started: number,
	cap: number,
	deps: { performance: Performance; now: () => number }
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
