import { describe, expect, it } from 'vitest';
import type { HttpFacts, Observation } from '$lib/evidence/facts';
import { evaluateHealth } from './evaluate-health';

const base = 'https://your-app.fly.dev';
const receivedAt = Date.parse('2025-06-01T12:00:00.000Z');

function http(over: Partial<HttpFacts>): HttpFacts {
	return {
		kind: 'http',
		url: `${base}/health`,
		status: 200,
		statusText: 'OK',
		headers: { 'content-type': 'application/json; charset=utf-8' },
		exposed: null,
		body: '{"status":"ok","timestamp":"2025-06-01T12:00:01.200000Z"}',
		bodyBytes: 57,
		truncated: false,
		finalUrl: `${base}/health`,
		redirected: false,
		timing: { duration: 14, source: 'resource-timing' },
		receivedAt,
		...over
	};
}

function byKey(obs: Observation) {
	const { findings, clockOffsetMs } = evaluateHealth(obs, base);
	const get = (key: string) => findings.find((f) => f.key === key);
	return { ok: get('health:ok'), responds: get('health:responds'), clockOffsetMs };
}

describe('evaluateHealth on readable answers', () => {
	it('judges them with the shared health rules (evidence/health)', () => {
		const { ok, responds, clockOffsetMs } = byKey(http({}));
		expect(ok?.verdict).toBe('pass');
		expect(responds?.verdict).toBe('pass');
		expect(clockOffsetMs).toBe(1200);
		expect(byKey(http({ status: 503, statusText: '' })).ok?.summary).toContain(
			'503 Service Unavailable'
		);
	});
});

describe('evaluateHealth on answers it cannot read', () => {
	it('leaves an opaque answer unknown with a curl command', () => {
		const { ok, responds } = byKey({ kind: 'opaque', url: `${base}/health`, timing: null });
		expect(ok?.verdict).toBe('unknown');
		expect(ok?.next).toContain(`curl -sS -i ${base}/health`);
		expect(ok?.next).toMatch(/CORS/);
		expect(responds?.verdict).toBe('unknown');
		expect(responds?.next).toContain(`curl -sS -i ${base}/health`);
	});

	it('fails ok but leaves responds unknown for a hidden redirect', () => {
		const { ok, responds } = byKey({ kind: 'redirect', url: `${base}/health` });
		expect(ok?.verdict).toBe('fail');
		expect(responds?.verdict).toBe('unknown');
		expect(responds?.next).toContain('curl');
	});

	it('errors on a timeout and on a network failure', () => {
		const timeout = byKey({ kind: 'timeout', url: `${base}/health`, timeoutMs: 10_000 });
		expect(timeout.ok?.verdict).toBe('error');
		expect(timeout.responds?.summary).toBe('No answer to GET /health within 10 s.');
		const network = byKey({ kind: 'network', url: `${base}/health`, message: 'Failed to fetch' });
		expect(network.responds?.verdict).toBe('error');
		expect(network.responds?.summary).toMatch(/could not be reached/);
	});
});

const unseen: Observation[] = [
	{ kind: 'opaque', url: `${base}/health`, timing: null },
	{ kind: 'opaque', url: `${base}/health`, timing: { duration: 3, source: 'clock' } },
	{ kind: 'redirect', url: `${base}/health` },
	{ kind: 'timeout', url: `${base}/health`, timeoutMs: 10_000 },
	{ kind: 'timeout', url: `${base}/health` },
	{ kind: 'network', url: `${base}/health`, message: 'Failed to fetch' },
	{ kind: 'network', url: `${base}/health` },
	{ kind: 'mixed-content', url: `${base}/health` },
	{ kind: 'cancelled', url: `${base}/health` }
];

it('never passes what it could not read', () => {
	for (const obs of unseen) {
		const { findings, clockOffsetMs } = evaluateHealth(obs, base);
		expect(findings).toHaveLength(2);
		for (const f of findings) expect(f.verdict, `${obs.kind} ${f.key}`).not.toBe('pass');
		expect(clockOffsetMs).toBeNull();
	}
});
