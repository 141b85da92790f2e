import { describe, expect, it } from 'vitest';
import type { HttpFacts, Observation } from '$lib/evidence/facts';
import type { Finding } from '$lib/evidence/finding';
import { evaluateDeepHealth } from './evaluate-deep-health';

const base = 'https://your-app.fly.dev';
const url = `${base}/health/deep`;

function http(status: number, body: string | null, over: Partial<HttpFacts> = {}): HttpFacts {
	return {
		kind: 'http',
		url,
		status,
		statusText: '',
		headers: { 'content-type': 'application/json' },
		exposed: null,
		body,
		bodyBytes: body?.length ?? 0,
		truncated: false,
		finalUrl: url,
		redirected: false,
		timing: null,
		receivedAt: 0,
		...over
	};
}

function byKey(findings: Finding[]): Record<string, Finding> {
	return Object.fromEntries(findings.map((f) => [f.key, f]));
}

describe('evaluateDeepHealth on readable answers', () => {
	it('judges them with the shared deep-health rules (evidence/deep-health)', () => {
		const body = '{"status":"error","database":"error","timestamp":"2025-06-01T12:00:00Z"}';
		const f = byKey(evaluateDeepHealth(http(503, body), base));
		expect(f['deep:database'].verdict).toBe('fail');
		expect(f['deep:oban'].verdict).toBe('unknown');
		const odd = byKey(evaluateDeepHealth(http(200, '{"checks":{"oban":"skipped"}}'), base));
		expect(odd['deep:oban'].next).toContain(`curl -sS -i ${base}/health/deep`);
	});
});

describe('evaluateDeepHealth on answers it cannot read', () => {
	it('leaves an opaque answer unknown with a curl command', () => {
		const findings = evaluateDeepHealth({ kind: 'opaque', url, timing: null }, base);
		expect(findings.map((f) => f.verdict)).toEqual(['unknown', 'unknown', 'unknown']);
		expect(findings[0].next).toContain(`curl -sS -i ${base}/health/deep`);
	});

	it('errors on a timeout', () => {
		const findings = evaluateDeepHealth({ kind: 'timeout', url, timeoutMs: 10_000 }, base);
		expect(findings.map((f) => f.verdict)).toEqual(['error', 'error', 'error']);
		expect(findings[0].summary).toContain('GET /health/deep');
	});
});

const unseen: Observation[] = [
	{ kind: 'opaque', url, timing: null },
	{ kind: 'opaque', url, timing: { duration: 3, source: 'clock' } },
	{ kind: 'redirect', url },
	{ kind: 'timeout', url, timeoutMs: 10_000 },
	{ kind: 'timeout', url },
	{ kind: 'network', url, message: 'Failed to fetch' },
	{ kind: 'network', url },
	{ kind: 'mixed-content', url },
	{ kind: 'cancelled', url }
];

it('never passes what it could not read', () => {
	for (const obs of unseen) {
		const findings = evaluateDeepHealth(obs, base);
		expect(findings).toHaveLength(3);
		for (const f of findings) expect(f.verdict, `${obs.kind} ${f.key}`).not.toBe('pass');
	}
});
