// The runner against a fake fetch: which requests go out in what order, what is recorded, and
// what Cancel and the opt-in burst change.
import { describe, expect, it, vi } from 'vitest';
import { runProbes, type ProbeProgress } from './run-probes';

// Node has a PerformanceObserver, but no resource entries for a fake fetch: time by the clock.
vi.stubGlobal('PerformanceObserver', undefined);

const base = 'https://your-app.fly.dev';
const plan = { base, samples: 5, timeoutMs: 1000, rateLimitAttempts: 0 };
const CORS = { 'access-control-allow-origin': '*', 'access-control-expose-headers': '*' };

/** Deps whose fetch answers with `answer`; `cancelAt` presses Cancel at that request (1-based). */
function fakeDeps(answer: (path: string) => Response, cancelAt = Infinity) {
	const controller = new AbortController();
	const sent: string[] = [];
	const fetch = (async (url: string, init: RequestInit) => {
		const path = new URL(url).pathname;
		sent.push(`${init.method} ${path}${init.body ? ` ${init.body}` : ''}`);
		if (sent.length >= cancelAt) controller.abort();
		if (init.signal?.aborted) throw new DOMException('The operation was aborted.', 'AbortError');
		return answer(path);
	}) as typeof globalThis.fetch;
	let clock = 0;
	const performance = { now: () => (clock += 4), getEntriesByName: () => [] };
	const deps = {
		fetch,
		performance: performance as unknown as Performance,
		pageProtocol: 'https:',
		now: () => Date.parse('2025-06-01T12:00:00Z'),
		signal: controller.signal
	};
	return { deps, sent };
}

const ok = () =>
	new Response('{"status":"ok","timestamp":"2025-06-01T12:00:00Z"}', {
		headers: { 'content-type': 'application/json', 'x-frame-options': 'SAMEORIGIN', ...CORS }
	});

async function run(
	over: Partial<typeof plan>,
	answer: (path: string) => Response = ok,
	cancelAt?: number
) {
	const { deps, sent } = fakeDeps(answer, cancelAt);
	const progress: ProbeProgress[][] = [];
	const outcomes = await runProbes({ ...plan, ...over }, deps, (p) => progress.push(p));
	return { outcomes, sent, progress, last: progress.at(-1)! };
}

describe('runProbes', () => {
	it('asks for /health once for health and headers, then /health/deep, /, and the samples', async () => {
		const { outcomes, sent, last } = await run({});
		expect(sent).toEqual([
			'GET /health',
			'GET /health/deep',
			'GET /',
			...Array(5).fill('GET /health')
		]);
		expect(outcomes.map((o) => o.source)).toEqual([
			'probe:health',
			'probe:headers',
			'probe:deep',
			'probe:page',
			'probe:latency'
		]);
		expect(outcomes[1].excerpt).toBe(outcomes[0].excerpt);
		expect(outcomes[1].data.headers).toMatchObject({ 'x-frame-options': 'SAMEORIGIN' });
		expect(outcomes[4].data.durations).toHaveLength(5);
		expect(last.map((p) => [p.title, p.state])).toEqual([
			['Health (GET /health)', 'done'],
			['Security headers (seen on /health)', 'done'],
			['Deep health (GET /health/deep)', 'done'],
			['Homepage HTML fetch (GET /)', 'done'],
			['Latency of /health', 'done']
		]);
	});

	it('says how far the samples have got', async () => {
		const { progress } = await run({ samples: 5 });
		const details = progress.map((p) => p.find((x) => x.id === 'latency')!.detail);
		expect(details.filter((d, i) => d && d !== details[i - 1])).toEqual(
			[1, 2, 3, 4, 5].map((n) => `sample ${n} of 5`)
		);
	});

	it('sends the rate-limit burst last, and only when it is switched on', async () => {
		const statuses = [401, 401, 429];
		const answer = (path: string) =>
			path === '/users/log_in'
				? new Response('{}', { status: statuses.shift() ?? 429, headers: CORS })
				: ok();
		const { outcomes, sent, last } = await run({ rateLimitAttempts: 3 }, answer);
		const login = 'POST /users/log_in {"user":{"email":"test@test.com","password":"wrong"}}';
		expect(sent.slice(-3)).toEqual([login, login, login]);
		expect(outcomes.at(-1)).toMatchObject({
			source: 'probe:ratelimit',
			data: { statuses: [401, 401, 429] }
		});
		expect(outcomes.at(-1)!.findings.map((f) => f.verdict)).toEqual(['pass', 'pass']);
		expect(last.at(-1)).toMatchObject({ id: 'ratelimit', state: 'done' });
	});

	it('records what finished before Cancel, and sends nothing after it', async () => {
		const { outcomes, sent, last } = await run({}, ok, 5);
		expect(sent).toHaveLength(5);
		expect(outcomes.map((o) => o.id)).toEqual(['health', 'headers', 'deep', 'page']);
		expect(last.map((p) => p.state)).toEqual(['done', 'done', 'done', 'done', 'cancelled']);
	});

	it('records nothing when Cancel comes during the first request', async () => {
		const { outcomes, sent, last } = await run({ rateLimitAttempts: 3 }, ok, 1);
		expect(sent).toHaveLength(1);
		expect(outcomes).toEqual([]);
		expect(last.every((p) => p.state === 'cancelled')).toBe(true);
	});
});
