import { describe, expect, it } from 'vitest';
import { judgeDeepHealth } from './deep-health';
import type { ReadableAnswer } from './facts';
import type { Finding } from './finding';

const url = 'https://your-app.fly.dev/health/deep';
const next = 'Run curl -sS -i https://your-app.fly.dev/health/deep and paste its output.';

function http(status: number, body: string | null, over: Partial<ReadableAnswer> = {}) {
	const answer: ReadableAnswer = {
		status,
		statusText: '',
		body,
		bodyBytes: body?.length ?? 0,
		truncated: false,
		finalUrl: url,
		redirected: false,
		receivedAt: 0,
		...over
	};
	return answer;
}

const judge = (answer: ReadableAnswer) => judgeDeepHealth(answer, next);

function byKey(findings: Finding[]): Record<string, Finding> {
	return Object.fromEntries(findings.map((f) => [f.key, f]));
}

describe('judgeDeepHealth on the shapes the app has served', () => {
	it('passes all three checks in the older shape', () => {
		const body =
			'{"status":"ok","checks":{"database":"ok","oban":"ok","application":"ok"},"timestamp":"2025-06-01T12:00:00Z"}';
		const f = byKey(judge(http(200, body)));
		expect(Object.keys(f)).toEqual(['deep:database', 'deep:oban', 'deep:application']);
		for (const finding of Object.values(f)) expect(finding.verdict).toBe('pass');
		expect(f['deep:oban'].items).toEqual(['Oban check: "ok"']);
	});

	it('fails the database on a 503 in the newer shape, naming the check and the status', () => {
		const body = '{"status":"error","database":"error","timestamp":"2025-06-01T12:00:00Z"}';
		const f = byKey(judge(http(503, body)));
		expect(f['deep:database'].verdict).toBe('fail');
		expect(f['deep:database'].items).toEqual(['Database check: "ok"']);
		expect(f['deep:database'].summary).toContain('database "error"');
		expect(f['deep:database'].summary).toContain('503 Service Unavailable');
		expect(f['deep:oban'].verdict).toBe('unknown');
		expect(f['deep:application'].verdict).toBe('unknown');
	});

	it('leaves Oban unknown, never passed, when the newer shape does not report it', () => {
		const body = '{"status":"ok","database":"ok","timestamp":"2025-06-01T12:00:00Z"}';
		const f = byKey(judge(http(200, body)));
		expect(f['deep:database'].verdict).toBe('pass');
		expect(f['deep:oban'].verdict).toBe('unknown');
		expect(f['deep:oban'].summary).toMatch(/not reported by the server/);
		expect(f['deep:oban'].next).toBeTruthy();
	});

	it('fails a degraded older shape on the failing check only', () => {
		const body =
			'{"status":"degraded","checks":{"database":"ok","oban":"error","application":"ok"}}';
		const f = byKey(judge(http(200, body)));
		expect(f['deep:database'].verdict).toBe('pass');
		expect(f['deep:oban'].verdict).toBe('fail');
		expect(f['deep:oban'].details?.join(' ')).toContain('degraded');
	});
});

describe('judgeDeepHealth on other shapes', () => {
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
		const f = byKey(judge(http(200, body)));
		expect(f['deep:database'].verdict).toBe('pass');
		expect(f['deep:oban'].verdict).toBe('pass');
		expect(f['deep:application'].verdict).toBe('pass');
		expect(f['deep:redis']).toMatchObject({ verdict: 'fail', items: [] });
		expect(f['deep:redis'].details?.join(' ')).toContain('connection refused');
		expect(f['deep:version']).toBeUndefined();
	});

	it('leaves a value it does not understand unknown', () => {
		const body = '{"checks":{"database":"ok","oban":"skipped","application":"ok"}}';
		const f = byKey(judge(http(200, body)));
		expect(f['deep:oban'].verdict).toBe('unknown');
		expect(f['deep:oban'].summary).toContain('"skipped"');
	});

	it('fails all three on a 503 without readable checks', () => {
		const findings = judge(http(503, '<html>Service Unavailable</html>'));
		expect(findings).toHaveLength(3);
		for (const f of findings) {
			expect(f.verdict).toBe('fail');
			expect(f.summary).toMatch(/answered 503 .*without readable checks/);
		}
	});

	it('errors on all three for HTML, a truncated body, or no known checks with a 200', () => {
		const html = judge(http(200, '<!doctype html><p>Hi</p>'));
		expect(html.map((f) => f.verdict)).toEqual(['error', 'error', 'error']);
		expect(html[0].summary).toMatch(/not JSON/);
		const big = http(200, '{"a":"', { truncated: true, bodyBytes: 262_144 });
		expect(judge(big)[0].summary).toMatch(/larger than/);
		const empty = judge(http(200, '{"status":"ok"}'));
		expect(empty.map((f) => f.verdict)).toEqual(['error', 'error', 'error']);
		const notFound = judge(http(404, '{"errors":{"detail":"Not Found"}}'));
		expect(notFound[0].verdict).toBe('error');
		expect(notFound[0].summary).toContain('404');
	});
});
