// Pasted output of the health commands: `curl -i` output (status, headers, JSON) or the plain
// JSON body that `curl` alone prints. Read with the same evaluators as the live probe.
import { evaluateDeepHealth } from '../probes/evaluate-deep-health';
import { evaluateHealth } from '../probes/evaluate-health';
import type { HttpFacts } from '$lib/evidence/facts';
import type { Finding } from '$lib/evidence/finding';
import { parseCurlOutput, type CurlResponse } from './curl-output';

/** The last response of a curl paste as facts, all of its headers visible. */
function factsOf(response: CurlResponse, url: string): HttpFacts {
	const headers: Record<string, string> = {};
	for (const [name, value] of response.headers)
		headers[name] = headers[name] ? `${headers[name]}, ${value}` : value;
	return {
		kind: 'http',
		url,
		status: response.status,
		statusText: response.reason,
		headers,
		exposed: '*',
		body: response.body,
		bodyBytes: new TextEncoder().encode(response.body).length,
		truncated: false,
		finalUrl: url,
		redirected: false,
		timing: null,
		receivedAt: Date.now()
	};
}

/** A JSON object body, or null. */
function jsonObject(text: string): Record<string, unknown> | null {
	try {
		const value: unknown = JSON.parse(text.trim());
		return typeof value === 'object' && value !== null && !Array.isArray(value)
			? (value as Record<string, unknown>)
			: null;
	} catch {
		return null;
	}
}

/**
 * Findings from a health paste, or null when it is neither curl output nor a JSON object.
 * Plain JSON shows the body but not the status code, so "returns 200 OK" stays unknown.
 */
export function healthFindings(
	text: string,
	kind: 'health' | 'deep-health',
	base: string,
	command: string
): Finding[] | null {
	const path = kind === 'health' ? '/health' : '/health/deep';
	const url = `${base}${path}`;
	const curl = parseCurlOutput(text);
	const last = curl?.responses.at(-1);
	if (last) {
		const facts = factsOf(last, url);
		return kind === 'health'
			? evaluateHealth(facts, base).findings
			: evaluateDeepHealth(facts, base);
	}
	if (!jsonObject(text)) return null;
	// Only the body was pasted: read it as if it came with a 200, then say what was not seen.
	const facts = factsOf(
		{
			httpVersion: '1.1',
			status: 200,
			reason: 'OK',
			headers: [],
			rawHeaders: [],
			body: text.trim()
		},
		url
	);
	if (kind === 'deep-health') return evaluateDeepHealth(facts, base);
	return evaluateHealth(facts, base).findings.map((f) =>
		f.key === 'health:ok' && f.verdict === 'pass'
			? {
					...f,
					verdict: 'unknown',
					summary:
						'The body says status "ok" with a valid timestamp, but plain curl does not show the status code.',
					next: command
				}
			: f
	);
}
