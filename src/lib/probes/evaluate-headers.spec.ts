import { describe, expect, it } from 'vitest';
import type { HttpFacts, Observation } from '$lib/evidence/facts';
import type { Finding } from '$lib/evidence/finding';
import { evaluateHeaders } from './evaluate-headers';

const base = 'https://your-app.fly.dev';
const url = `${base}/health`;

/** The headers the real app sends on every response. */
const APP_HEADERS: Record<string, string> = {
	'strict-transport-security': 'max-age=31536000',
	'content-security-policy': "default-src 'self'; img-src 'self' data:; frame-ancestors 'self'",
	'x-frame-options': 'SAMEORIGIN',
	'x-content-type-options': 'nosniff',
	'x-xss-protection': '1; mode=block'
};

function http(headers: Record<string, string>, exposed: HttpFacts['exposed']): HttpFacts {
	return {
		kind: 'http',
		url,
		status: 200,
		statusText: 'OK',
		headers: { 'content-type': 'application/json', ...headers },
		exposed,
		body: '{"status":"ok"}',
		bodyBytes: 15,
		truncated: false,
		finalUrl: url,
		redirected: false,
		timing: null,
		receivedAt: 0
	};
}

function byKey(obs: Observation, at = base): Record<string, Finding> {
	return Object.fromEntries(evaluateHeaders(obs, at).map((f) => [f.key.replace('header:', ''), f]));
}

describe('evaluateHeaders on a CORS answer that exposes its headers', () => {
	it("passes the real app's headers, quoting them", () => {
		const f = byKey(http(APP_HEADERS, '*'));
		for (const finding of Object.values(f)) expect(finding.verdict).toBe('pass');
		expect(f['strict-transport-security'].items).toEqual([
			'strict-transport-security header present',
			'HSTS header present'
		]);
		expect(f['strict-transport-security'].summary).toContain('max-age=31536000');
		expect(f['x-xss-protection'].summary).toContain('1; mode=block');
	});

	it('fails a header the server lets this page see but does not send', () => {
		const { 'x-xss-protection': _gone, ...rest } = APP_HEADERS;
		const f = byKey(http(rest, '*'));
		expect(f['x-xss-protection'].verdict).toBe('fail');
		expect(f['x-xss-protection'].summary).toBe(
			'The response has no X-XSS-Protection header, which the checklist asks for.'
		);
		expect(f['x-xss-protection'].details?.join(' ')).toMatch(
			/lets this page read its headers \(Access-Control-Expose-Headers\)/
		);
		expect(f['x-frame-options'].verdict).toBe('pass');
	});

	it('trusts a named expose list only for the names in it', () => {
		const f = byKey(
			http({ 'x-frame-options': 'SAMEORIGIN' }, ['x-frame-options', 'x-xss-protection'])
		);
		expect(f['x-xss-protection'].verdict).toBe('fail');
		expect(f['content-security-policy'].verdict).toBe('unknown');
	});

	it('passes DENY as stricter, fails other frame options and a wrong nosniff', () => {
		const f = byKey(
			http({ ...APP_HEADERS, 'x-frame-options': 'DENY', 'x-content-type-options': 'sniff' }, '*')
		);
		expect(f['x-frame-options'].verdict).toBe('pass');
		expect(f['x-frame-options'].summary).toMatch(/stricter/);
		expect(f['x-content-type-options'].verdict).toBe('fail');
		expect(f['x-content-type-options'].summary).toContain('“sniff”');
		const allow = byKey(http({ 'x-frame-options': 'ALLOW-FROM https://a.example' }, '*'));
		expect(allow['x-frame-options'].verdict).toBe('fail');
		const twice = byKey(http({ 'x-content-type-options': ' NoSniff , nosniff' }, '*'));
		expect(twice['x-content-type-options'].verdict).toBe('pass');
	});

	it('does not count a report-only policy as CSP', () => {
		const reportOnly = { 'content-security-policy-report-only': "default-src 'self'" };
		const known = byKey(http(reportOnly, '*'));
		expect(known['content-security-policy'].verdict).toBe('fail');
		expect(known['content-security-policy'].summary).toMatch(/Report-Only is set.*blocks nothing/);
		const hidden = byKey(http(reportOnly, ['content-security-policy-report-only']));
		expect(hidden['content-security-policy'].verdict).toBe('unknown');
		expect(hidden['content-security-policy'].summary).toMatch(/not enforced/);
	});

	it('cuts very long values', () => {
		const long = "default-src 'self' " + 'https://cdn.example '.repeat(40);
		const f = byKey(http({ 'content-security-policy': long }, '*'));
		expect(f['content-security-policy'].summary.length).toBeLessThan(260);
		expect(f['content-security-policy'].summary).toContain('…');
	});

	it('notes that HSTS is only sent over HTTPS for an http:// target', () => {
		const f = byKey(http({}, '*'), 'http://localhost:4000');
		expect(f['strict-transport-security'].details?.join(' ')).toMatch(/only sent over HTTPS/);
	});
});

describe('evaluateHeaders when the server exposes nothing', () => {
	it('leaves every hidden header unknown with a curl command', () => {
		const findings = evaluateHeaders(http({}, null), base);
		expect(findings).toHaveLength(5);
		for (const f of findings) {
			expect(f.verdict).toBe('unknown');
			expect(f.summary).toMatch(/not visible to this browser.*Access-Control-Expose-Headers/);
			expect(f.next).toContain(`curl -sI ${base}/health`);
		}
	});

	it('still judges a header that happens to be visible', () => {
		const f = byKey(http({ 'x-frame-options': 'SAMEORIGIN' }, null));
		expect(f['x-frame-options'].verdict).toBe('pass');
		expect(f['x-xss-protection'].verdict).toBe('unknown');
	});

	it('leaves opaque answers and redirects unknown, and errors on failures', () => {
		for (const obs of [
			{ kind: 'opaque', url, timing: null },
			{ kind: 'redirect', url }
		] as Observation[]) {
			for (const f of evaluateHeaders(obs, base)) {
				expect(f.verdict).toBe('unknown');
				expect(f.next).toContain('curl -sI');
			}
		}
		const timeout = evaluateHeaders({ kind: 'timeout', url, timeoutMs: 10_000 }, base);
		expect(timeout.map((f) => f.verdict)).toEqual(['error', 'error', 'error', 'error', 'error']);
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
		const findings = evaluateHeaders(obs, base);
		expect(findings).toHaveLength(5);
		for (const f of findings) expect(f.verdict, `${obs.kind} ${f.key}`).not.toBe('pass');
	}
});
