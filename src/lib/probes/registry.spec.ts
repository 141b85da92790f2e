// The probe contract, held for every probe in the registry: who it is, what it informs, what it
// requests, and that it never passes what it could not see.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseChecklist } from '$lib/checklist/parse';
import type { HttpFacts, Observation } from '$lib/evidence/facts';
import { resolveItems, taskIndex } from '$lib/evidence/items';
import type { Probe, ProbeContext, ProbePlan, ProbeRequest } from './probe';
import { PROBES } from './registry';
import { PROBE_TITLES } from './titles';

const base = 'https://your-app.fly.dev';
const plan: ProbePlan = { base, samples: 5, timeoutMs: 10_000, rateLimitAttempts: 3 };
const url = `${base}/health`;

const readable: HttpFacts = {
	kind: 'http',
	url,
	status: 200,
	statusText: 'OK',
	headers: { 'content-type': 'application/json', 'x-frame-options': 'SAMEORIGIN' },
	exposed: '*',
	body: '{"status":"ok","timestamp":"2025-06-01T12:00:00Z","database":"ok","cache":"ok"}',
	bodyBytes: 80,
	truncated: false,
	finalUrl: url,
	redirected: false,
	timing: { duration: 12, source: 'resource-timing' },
	receivedAt: Date.parse('2025-06-01T12:00:00Z')
};
const opaque: Observation = { kind: 'opaque', url, timing: { duration: 3, source: 'clock' } };
/** No answer seen at all: nothing about the app may pass (an opaque answer's time may). */
const failures: Observation[] = [
	{ kind: 'redirect', url },
	{ kind: 'timeout', url, timeoutMs: 10_000 },
	{ kind: 'network', url, message: 'Failed to fetch' },
	{ kind: 'mixed-content', url }
];

/** A context answering every request with `obs` and recording it; Cancel after `cancelAfter`. */
function context(obs: Observation, cancelAfter = Infinity) {
	const asked: string[] = [];
	const ctx: ProbeContext = {
		plan,
		cancelled: () => asked.length >= cancelAfter,
		request: async (path: string, options?: ProbeRequest) => {
			asked.push(`${options?.method ?? 'GET'} ${path}`);
			return obs;
		},
		shared: async (path: string) => {
			asked.push(`shared ${path}`);
			return obs;
		},
		progress: () => {}
	};
	return { ctx, asked };
}

async function findingsOf(probe: Probe, obs: Observation) {
	const seen = await probe.observe(context(obs).ctx);
	if (seen === null) throw new Error(`${probe.id} saw nothing`);
	return probe.evaluate(seen, plan);
}

describe('the probe registry', () => {
	it('runs the probes in their order, the rate-limit burst last and only when asked', () => {
		expect(PROBES.map((p) => p.id)).toEqual([
			'health',
			'headers',
			'deep',
			'page',
			'latency',
			'ratelimit'
		]);
		const optIn = PROBES.filter((p) => p.enabled !== undefined).map((p) => p.id);
		expect(optIn).toEqual(['ratelimit']);
		const rate = PROBES.find((p) => p.id === 'ratelimit')!;
		expect(rate.enabled?.({ ...plan, rateLimitAttempts: 0 })).toBe(false);
		expect(rate.enabled?.(plan)).toBe(true);
	});

	it('keeps titles.ts, which results show without the runner, to each probe’s title', () => {
		expect(Object.entries(PROBE_TITLES)).toEqual(PROBES.map((p) => [p.id, p.title]));
		// Only its types: the registry brings every evaluator, which loads with "Run probes".
		const titles = readFileSync(new URL('./titles.ts', import.meta.url), 'utf8');
		expect(titles).not.toMatch(/^(import|export) (?!type )[^;]*'\.\/registry'/m);
	});

	it('informs only tasks the built-in checklist has', () => {
		const source = readFileSync(new URL('../templates/production-deployment.md', import.meta.url));
		const index = taskIndex(parseChecklist(source.toString('utf8')));
		for (const probe of PROBES) {
			expect(probe.informs.length, probe.id).toBeGreaterThan(0);
			for (const text of probe.informs) expect(resolveItems(index, [text]), text).toHaveLength(1);
		}
	});

	it('asks the target for what each probe needs, sharing the answer to GET /health', async () => {
		const asked = await Promise.all(
			PROBES.map(async (probe) => {
				const { ctx, asked } = context(readable);
				await probe.observe(ctx);
				return [probe.id, asked];
			})
		);
		expect(Object.fromEntries(asked)).toEqual({
			health: ['shared /health'],
			headers: ['shared /health'],
			deep: ['GET /health/deep'],
			page: ['GET /'],
			latency: Array(5).fill('GET /health'),
			ratelimit: Array(3).fill('POST /users/log_in')
		});
	});

	it('makes no request after Cancel', async () => {
		for (const probe of PROBES) {
			const before = context(readable, 0);
			expect(await probe.observe(before.ctx), probe.id).toEqual(
				probe.id === 'latency' || probe.id === 'ratelimit' ? null : readable
			);
			const during = context(readable, 1);
			await probe.observe(during.ctx);
			expect(during.asked, probe.id).toHaveLength(1);
		}
	});

	it('finds only on the tasks it informs, and never passes what it could not see', async () => {
		for (const probe of PROBES) {
			const seen = await findingsOf(probe, readable);
			expect(seen.findings.length, probe.id).toBeGreaterThan(0);
			for (const obs of [readable, opaque, ...failures]) {
				const { findings, shown } = await findingsOf(probe, obs);
				expect(shown, probe.id).toBe(obs);
				for (const f of findings) {
					for (const item of f.items) expect(probe.informs, `${probe.id} ${f.key}`).toContain(item);
					if (failures.includes(obs))
						expect(f.verdict, `${probe.id} ${obs.kind} ${f.key}`).not.toBe('pass');
				}
			}
		}
	});
});
