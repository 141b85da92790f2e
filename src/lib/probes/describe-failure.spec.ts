import { describe, expect, it } from 'vitest';
import type { HttpFacts, Observation } from '$lib/evidence/facts';
import { curlNext } from '$lib/evidence/next-steps';
import { describeUnseen, unseenFinding } from './describe-failure';

const url = 'https://x.dev/health';

describe('describeUnseen', () => {
	it('gives the time limit of a timeout in seconds', () => {
		const words = describeUnseen({ kind: 'timeout', url, timeoutMs: 10_000 }, 'GET /health');
		expect(words.verdict).toBe('error');
		expect(words.summary).toBe('No answer to GET /health within 10 s.');
	});

	it('says a browser cannot tell network failures apart, and quotes its message', () => {
		const words = describeUnseen(
			{ kind: 'network', url, message: 'Failed to fetch' },
			'GET /health'
		);
		expect(words.verdict).toBe('error');
		expect(words.summary).toMatch(/could not be reached.*refused the connection.*CORS/);
		expect(words.details.join(' ')).toMatch(/cannot tell them apart/);
		expect(words.details.join(' ')).toContain('Failed to fetch');
	});

	it('explains mixed content and cancellation', () => {
		const mixed = describeUnseen({ kind: 'mixed-content', url }, 'GET /health');
		expect(mixed.verdict).toBe('error');
		expect(mixed.summary).toMatch(/https.*http:\/\//);
		expect(describeUnseen({ kind: 'cancelled', url }, 'GET /health')).toMatchObject({
			verdict: 'error',
			summary: 'Cancelled before an answer arrived.'
		});
	});

	it('fails a hidden redirect and leaves an opaque answer unknown', () => {
		expect(describeUnseen({ kind: 'redirect', url }, 'GET /health')).toMatchObject({
			verdict: 'fail',
			summary: expect.stringMatching(/redirect.*hides/)
		});
		const opaque = describeUnseen({ kind: 'opaque', url, timing: null }, 'GET /health');
		expect(opaque.verdict).toBe('unknown');
		expect(opaque.summary).toMatch(/reachable — but this browser may not read the answer/);
		expect(opaque.summary).toMatch(/no CORS headers/);
	});

	it('refuses readable answers, which callers judge themselves', () => {
		const http = { kind: 'http', url, status: 200 } as HttpFacts;
		expect(() => describeUnseen(http, 'GET /health')).toThrow();
	});
});

describe('unseenFinding', () => {
	it('keeps next only for unknown', () => {
		const next = curlNext('curl -sS -i https://x.dev/health');
		const opaque: Observation = { kind: 'opaque', url, timing: null };
		expect(unseenFinding(opaque, 'GET /health', 'k', [], next).next).toContain('curl -sS -i');
		const timeout: Observation = { kind: 'timeout', url, timeoutMs: 5000 };
		expect(unseenFinding(timeout, 'GET /health', 'k', [], next).next).toBeUndefined();
	});
});
