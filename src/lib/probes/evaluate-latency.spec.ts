import { describe, expect, it } from 'vitest';
import type { HttpFacts, Observation, TimingFacts } from '$lib/evidence/facts';
import { evaluateLatency } from './evaluate-latency';

const base = 'https://your-app.fly.dev';
const url = `${base}/health`;

function sample(duration: number, over: Partial<TimingFacts> = {}, status = 200): HttpFacts {
	return {
		kind: 'http',
		url,
		status,
		statusText: '',
		headers: {},
		exposed: null,
		body: '{"status":"ok"}',
		bodyBytes: 15,
		truncated: false,
		finalUrl: url,
		redirected: false,
		timing: { duration, source: 'resource-timing', ...over },
		receivedAt: 0
	};
}

const twenty = [9, 10, 10, 11, 11, 12, 12, 12, 12, 12, 12, 13, 13, 14, 15, 16, 17, 18, 20, 31];

describe('evaluateLatency', () => {
	it('passes a median under the threshold and says the network path counts', () => {
		const { finding, stats, durations, phases } = evaluateLatency(
			twenty.map((d) => sample(d)),
			base
		);
		expect(finding).toMatchObject({ key: 'latency', items: ['Health check response < 50ms'] });
		expect(finding.verdict).toBe('pass');
		expect(finding.summary).toBe(
			'Median 12 ms, p95 20 ms (min 9, max 31) over 20 samples — under the 50 ms threshold.'
		);
		expect(finding.details?.join(' ')).toMatch(/network path from this browser to the server/);
		expect(stats?.count).toBe(20);
		expect(durations).toHaveLength(20);
		expect(phases).toBeNull();
	});

	it('fails a median at or over the threshold', () => {
		const { finding } = evaluateLatency([sample(120), sample(80), sample(95)], base);
		expect(finding.verdict).toBe('fail');
		expect(finding.summary).toMatch(/Median 95 ms.*not under the 50 ms threshold/);
		expect(finding.details?.join(' ')).toMatch(/network path/);
		expect(evaluateLatency([sample(50)], base).finding.verdict).toBe('fail');
		expect(evaluateLatency([sample(120)], base, 200).finding.verdict).toBe('pass');
	});

	it('reports median phases and Server-Timing when the server allows them', () => {
		const timed = [1, 2, 3].map((n) =>
			sample(10 + n, {
				phases: { dns: 0, connect: n, tls: 2 * n, ttfb: 5 + n, download: 0.2 },
				serverTiming: [{ name: 'db', duration: n, description: 'Ecto' }]
			})
		);
		const { finding, phases, serverTiming } = evaluateLatency(timed, base);
		expect(phases).toEqual({ dns: 0, connect: 2, tls: 4, ttfb: 7, download: 0.2 });
		expect(serverTiming).toEqual([{ name: 'db', duration: 2, description: 'Ecto' }]);
		const details = finding.details?.join(' ') ?? '';
		expect(details).toContain('first byte 7 ms');
		expect(details).toContain('db 2 ms');
	});

	it('gives no phases when any sample lacks them', () => {
		const mixed = [
			sample(10, { phases: { dns: 0, connect: 1, tls: 1, ttfb: 5, download: 1 } }),
			sample(12)
		];
		const { phases, serverTiming, finding } = evaluateLatency(mixed, base);
		expect(phases).toBeNull();
		expect(serverTiming).toBeNull();
		expect(finding.details?.join(' ')).toMatch(/Timing-Allow-Origin/);
	});

	it('counts failed samples', () => {
		const samples: Observation[] = [
			...twenty.slice(0, 17).map((d) => sample(d)),
			{ kind: 'timeout', url, timeoutMs: 10_000 },
			{ kind: 'timeout', url, timeoutMs: 10_000 },
			{ kind: 'network', url }
		];
		const { finding, stats } = evaluateLatency(samples, base);
		expect(stats?.count).toBe(17);
		expect(finding.details?.join(' ')).toContain('3 of 20 samples failed');
	});

	it('fails when the health check answered an error, whatever the time', () => {
		const { finding } = evaluateLatency([sample(5), sample(6, {}, 500)], base);
		expect(finding.verdict).toBe('fail');
		expect(finding.summary).toContain('answered 500');
		expect(finding.summary).toMatch(/timing says little/);
	});

	it('times opaque answers and says their status is unknown', () => {
		const opaque: Observation[] = [8, 9, 10].map((d) => ({
			kind: 'opaque',
			url,
			timing: { duration: d, source: 'resource-timing' }
		}));
		const { finding } = evaluateLatency(opaque, base);
		expect(finding.verdict).toBe('pass');
		expect(finding.summary).toContain('Median 9 ms');
		expect(finding.details?.join(' ')).toMatch(/status is not known/);
	});

	it('errors when nothing could be timed, describing the first failure', () => {
		const { finding, stats } = evaluateLatency(
			[
				{ kind: 'network', url, message: 'Failed to fetch' },
				{ kind: 'timeout', url }
			],
			base
		);
		expect(finding.verdict).toBe('error');
		expect(stats).toBeNull();
		expect(finding.details?.join(' ')).toMatch(/could not be reached/);
		expect(evaluateLatency([], base).finding.verdict).toBe('error');
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

it('never passes without a timed sample', () => {
	for (const obs of unseen) {
		for (const samples of [[obs], [obs, obs, obs]]) {
			const { finding } = evaluateLatency(samples, base);
			expect(finding.verdict, obs.kind).not.toBe('pass');
		}
	}
	expect(evaluateLatency(unseen, base).finding.verdict).not.toBe('pass');
});
