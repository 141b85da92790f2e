// Pasted output of the health commands: `curl -i` output (status, headers, JSON) or the plain
// JSON body that `curl` alone prints. Judged by the same rules as the live probe's answers.
import { judgeDeepHealth } from '$lib/evidence/deep-health';
import type { ReadableAnswer } from '$lib/evidence/facts';
import type { Finding } from '$lib/evidence/finding';
import { judgeHealth } from '$lib/evidence/health';
import { curlNext } from '$lib/evidence/next-steps';
import { parseCurlOutput } from './curl-output';

/** What a health paste lacks when it is neither curl output nor a JSON object, for messages. */
export const HEALTH_NEEDS = 'HTTP status line or JSON object such as `{"status":"ok",…}`';

/** A pasted status and body as a readable answer, received now. */
function answerOf(status: number, reason: string, body: string, url: string): ReadableAnswer {
	return {
		status,
		statusText: reason,
		body,
		bodyBytes: new TextEncoder().encode(body).length,
		truncated: false,
		finalUrl: url,
		redirected: false,
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
	const judge = (answer: ReadableAnswer) =>
		kind === 'health'
			? judgeHealth(answer).findings
			: judgeDeepHealth(answer, curlNext(`curl -sS -i ${url}`));
	const last = parseCurlOutput(text)?.responses.at(-1);
	if (last) return judge(answerOf(last.status, last.reason, last.body, url));
	if (!jsonObject(text)) return null;
	// Only the body was pasted: read it as if it came with a 200, then say what was not seen.
	const findings = judge(answerOf(200, 'OK', text.trim(), url));
	return findings.map((f) =>
		kind === 'health' && f.key === 'health:ok' && f.verdict === 'pass'
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
