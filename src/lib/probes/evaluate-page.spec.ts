import { describe, expect, it } from 'vitest';
import type { HttpFacts, Observation } from '$lib/evidence/facts';
import { evaluatePage, formatBytes } from './evaluate-page';

const base = 'https://your-app.fly.dev';
const url = `${base}/`;

function http(over: Partial<HttpFacts> = {}): HttpFacts {
	return {
		kind: 'http',
		url,
		status: 200,
		statusText: 'OK',
		headers: { 'content-type': 'text/html; charset=utf-8' },
		exposed: null,
		body: '<!doctype html>',
		bodyBytes: 34_120,
		truncated: false,
		finalUrl: url,
		redirected: false,
		timing: { duration: 340, source: 'resource-timing' },
		receivedAt: 0,
		...over
	};
}

function pair(obs: Observation, threshold?: number) {
	const [reachable, time] = evaluatePage(obs, base, threshold);
	expect(reachable.key).toBe('page:reachable');
	expect(reachable.items).toEqual(['Can access homepage']);
	expect(time.key).toBe('page:time');
	expect(time.items).toEqual(['Page load time < 2 seconds']);
	return { reachable, time };
}

describe('evaluatePage', () => {
	it('passes a fast 200 with its size, labelled as HTML fetch time', () => {
		const { reachable, time } = pair(http());
		expect(reachable.verdict).toBe('pass');
		expect(reachable.summary).toBe('The homepage answered 200 OK (34 kB).');
		expect(time.verdict).toBe('pass');
		expect(time.summary).toMatch(/HTML fetch time 340 ms — under the 2 s threshold/);
		expect(time.details?.join(' ')).toMatch(/not a full page load.*images, scripts and styles/);
	});

	it('fails an HTML fetch over 2 s', () => {
		const { reachable, time } = pair(http({ timing: { duration: 2450, source: 'clock' } }));
		expect(reachable.verdict).toBe('pass');
		expect(time.verdict).toBe('fail');
		expect(time.summary).toContain('2450 ms');
		expect(time.summary).toMatch(/HTML fetch/);
	});

	it('mentions the final URL of a followed redirect', () => {
		const { reachable } = pair(
			http({ redirected: true, finalUrl: `${base}/users/log_in`, body: null, timing: null })
		);
		expect(reachable.verdict).toBe('pass');
		expect(reachable.summary).toContain(`${base}/users/log_in`);
	});

	it('fails 4xx and 5xx, and does not pass their timing', () => {
		const { reachable, time } = pair(http({ status: 503, statusText: 'Service Unavailable' }));
		expect(reachable.verdict).toBe('fail');
		expect(reachable.summary).toContain('503');
		expect(time.verdict).toBe('fail');
		expect(pair(http({ status: 404, statusText: '' })).reachable.verdict).toBe('fail');
	});

	it('uses Resource Timing sizes when the body was not read', () => {
		const seen = http({
			body: null,
			bodyBytes: 0,
			timing: { duration: 20, source: 'resource-timing', decodedBodySize: 1500 }
		});
		expect(pair(seen).reachable.summary).toContain('(1.5 kB)');
		const none = http({ body: null, bodyBytes: 0, timing: null });
		expect(pair(none).reachable.summary).toBe('The homepage answered 200 OK.');
		expect(pair(none).time.verdict).toBe('unknown');
	});

	it('leaves an opaque answer reachable-unknown but still times it', () => {
		const { reachable, time } = pair({
			kind: 'opaque',
			url,
			timing: { duration: 180, source: 'resource-timing' }
		});
		expect(reachable.verdict).toBe('unknown');
		expect(reachable.summary).toMatch(/reachable.*may not read its status/);
		expect(reachable.next).toContain(`curl`);
		expect(reachable.next).toContain(url);
		expect(time.verdict).toBe('pass');
		expect(time.summary).toMatch(/HTML fetch/);
	});

	it('errors on failures', () => {
		const { reachable, time } = pair({ kind: 'network', url });
		expect(reachable.verdict).toBe('error');
		expect(time.verdict).toBe('error');
	});

	it('formats byte counts', () => {
		expect(formatBytes(512)).toBe('512 B');
		expect(formatBytes(34_120)).toBe('34 kB');
		expect(formatBytes(2_140_000)).toBe('2.1 MB');
	});
});

const unseen: Observation[] = [
	{ kind: 'opaque', url, timing: null },
	{ kind: 'redirect', url },
	{ kind: 'timeout', url, timeoutMs: 10_000 },
	{ kind: 'timeout', url },
	{ kind: 'network', url, message: 'Failed to fetch' },
	{ kind: 'network', url },
	{ kind: 'mixed-content', url },
	{ kind: 'cancelled', url }
];

it('never passes reachability it could not read, nor a time it did not measure', () => {
	for (const obs of unseen) {
		const [reachable, time] = evaluatePage(obs, base);
		expect(reachable.verdict, obs.kind).not.toBe('pass');
		expect(time.verdict, obs.kind).not.toBe('pass');
	}
	const fastOpaque = evaluatePage(
		{ kind: 'opaque', url, timing: { duration: 5, source: 'clock' } },
		base
	);
	expect(fastOpaque[0].verdict).not.toBe('pass');
});
