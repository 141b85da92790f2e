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

describe('evaluateDeepHealth on the shapes the app has served', () => {
	it('passes all three checks in the older shape', () => {
		const body =
			'{"status":"ok","checks":{"database":"ok","oban":"ok","application":"ok"},"timestamp":"2025-06-01T12:00:00Z"}';
		const f = byKey(evaluateDeepHealth(http(200, body), base));
		expect(Object.keys(f)).toEqual(['deep:database', 'deep:oban', 'deep:application']);
		for (const finding of Object.values(f)) expect(finding.verdict).toBe('pass');
		expect(f['deep:oban'].items).toEqual(['Oban check: "ok"']);
	});

	it('fails the database on a 503 in the newer shape, naming the check and the status', () => {
		const body = '{"status":"error","database":"error","timestamp":"2025-06-01T12:00:00Z"}';
		const f = byKey(evaluateDeepHealth(http(503, body), base));
		expect(f['deep:database'].verdict).toBe('fail');
		expect(f['deep:database'].items).toEqual(['Database check: "ok"']);
		expect(f['deep:database'].summary).toContain('database "error"');
		expect(f['deep:database'].summary).toContain('503 Service Unavailable');
		expect(f['deep:oban'].verdict).toBe('unknown');
		expect(f['deep:application'].verdict).toBe('unknown');
	});

	it('leaves Oban unknown, never passed, when the newer shape does not report it', () => {
		const body = '{"status":"ok","database":"ok","timestamp":"2025-06-01T12:00:00Z"}';
		const f = byKey(evaluateDeepHealth(http(200, body), base));
		expect(f['deep:database'].verdict).toBe('pass');
		expect(f['deep:oban'].verdict).toBe('unknown');
		expect(f['deep:oban'].summary).toMatch(/not reported by the server/);
		expect(f['deep:oban'].next).toBeTruthy();
	});

	it('fails a degraded older shape on the failing check only', () => {
		const body =
			'{"status":"degraded","checks":{"database":"ok","oban":"error","application":"ok"}}';
		const f = byKey(evaluateDeepHealth(http(200, body), base));
		expect(f['deep:database'].verdict).toBe('pass');
		expect(f['deep:oban'].verdict).toBe('fail');
		expect(f['deep:oban'].details?.join(' ')).toContain('degraded');
	});
});

describe('evaluateDeepHealth on other shapes', () => {
	it('reads booleans, status objects and synonyms, and reports extra checks', () => {
		const body = JSON.stringify({
			status: 'ok',
			version: '1.2.3',
			checks: {
				database: { status: 'UP', latency_ms: 3 },
				oban: true,
				application: 'healthy',
				redis: { status: 'down', message: 'connection refused' }
			}
		});
		const f = byKey(evaluateDeepHealth(http(200, body), base));
		expect(f['deep:database'].verdict).toBe('pass');
		expect(f['deep:oban'].verdict).toBe('pass');
		expect(f['deep:application'].verdict).toBe('pass');
		expect(f['deep:redis']).toMatchObject({ verdict: 'fail', items: [] });
		expect(f['deep:redis'].details?.join(' ')).toContain('connection refused');
		expect(f['deep:version']).toBeUndefined();
	});

	it('leaves a value it does not understand unknown', () => {
		const body = '{"checks":{"database":"ok","oban":"skipped","application":"ok"}}';
		const f = byKey(evaluateDeepHealth(http(200, body), base));
		expect(f['deep:oban'].verdict).toBe('unknown');
		expect(f['deep:oban'].summary).toContain('"skipped"');
	});

	it('fails all three on a 503 without readable checks', () => {
		const findings = evaluateDeepHealth(http(503, '<html>Service Unavailable</html>'), base);
		expect(findings).toHaveLength(3);
		for (const f of findings) {
			expect(f.verdict).toBe('fail');
			expect(f.summary).toMatch(/answered 503 .*without readable checks/);
		}
	});

	it('errors on all three for HTML, a truncated body, or no known checks with a 200', () => {
		const html = evaluateDeepHealth(http(200, '<!doctype html><p>Hi</p>'), base);
		expect(html.map((f) => f.verdict)).toEqual(['error', 'error', 'error']);
		expect(html[0].summary).toMatch(/not JSON/);
		const big = http(200, '{"a":"', { truncated: true, bodyBytes: 262_144 });
		expect(evaluateDeepHealth(big, base)[0].summary).toMatch(/larger than/);
		const empty = evaluateDeepHealth(http(200, '{"status":"ok"}'), base);
		expect(empty.map((f) => f.verdict)).toEqual(['error', 'error', 'error']);
		const notFound = evaluateDeepHealth(http(404, '{"errors":{"detail":"Not Found"}}'), base);
		expect(notFound[0].verdict).toBe('error');
		expect(notFound[0].summary).toContain('404');
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
