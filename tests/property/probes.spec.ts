// Fuzzes the probe target parser (parseTarget) with typed and generated addresses, and the pure
// evaluators with arbitrary and realistic observations.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluateDeepHealth } from '$lib/probes/evaluate-deep-health';
import { evaluateHeaders } from '$lib/probes/evaluate-headers';
import { evaluateHealth } from '$lib/probes/evaluate-health';
import { evaluateLatency } from '$lib/probes/evaluate-latency';
import { evaluatePage } from '$lib/probes/evaluate-page';
import { judgeRateLimit } from '$lib/evidence/rate-limit';
import { excerptOf } from '$lib/probes/excerpt';
import type { Observation } from '$lib/evidence/facts';
import type { Finding } from '$lib/evidence/finding';
import { parseTarget } from '$lib/target/target';
import { HOSTILE } from './markdown-gen';
import { applyEdits, edit } from './mutate';
import { anyObservation, realObservation } from './observation-gen';
import { expectFinding, expectSentence } from './sentences';
import { fuzz, fuzzCounts, limit } from './run';

afterAll(() => console.log(fuzzCounts()));

const TYPED = [
	'https://your-app.fly.dev',
	'your-app.fly.dev',
	'http://localhost:4000/',
	'https://x.dev/app/health/deep/',
	'https://me:secret@x.dev',
	'https://x.dev/?a=1#b',
	'javascript:alert(1)',
	'//x.dev',
	'x.dev:8080/app',
	'http://[::1]:4000',
	'http://127.0.0.1',
	'https://xn--nxasmq6b.example',
	'https://例え.テスト/パス',
	'https:\\\\x.dev\\app',
	'HTTPS://X.DEV:443/',
	'https://x.dev/index.html',
	'https://x.dev/%2e%2e/',
	'https://x.dev:99999',
	'  ',
	''
];
const urlToken = fc.oneof(
	fc.constantFrom(...HOSTILE, ':', '/', '@', '?', '#', '%', '[', ']', '.', ' '),
	fc.string({ maxLength: 4 })
);
const typed = fc.oneof(
	{ arbitrary: fc.constantFrom(...TYPED), weight: 3 },
	{ arbitrary: fc.webUrl({ withQueryParameters: true, withFragments: true }), weight: 3 },
	{
		arbitrary: fc
			.tuple(fc.constantFrom(...TYPED), fc.array(edit(urlToken), { minLength: 1, maxLength: 3 }))
			.map(([t, edits]) => applyEdits(t, edits)),
		weight: 4
	},
	{ arbitrary: fc.string({ maxLength: 40 }), weight: 1 }
);

describe('parseTarget', () => {
	it(
		'returns a base URL that reads back to itself, or a sentence',
		() => {
			fuzz(
				'parseTarget: typed, generated and mutated addresses',
				1000,
				fc.property(typed, fc.constantFrom(undefined, 'https:', 'http:'), (input, page) => {
					const result = parseTarget(input, page);
					if (!result.ok) return expectSentence(result.error);
					const url = new URL(result.base);
					expect(['http:', 'https:']).toContain(url.protocol);
					expect(result.base).toBe(result.origin + result.basePath);
					expect(result.base).not.toMatch(/[\s?#]|\/$/);
					expect(url.username + url.password).toBe('');
					expect(result.host.length).toBeGreaterThan(0);
					if (page === 'https:' && url.protocol === 'http:')
						expect(url.hostname).toMatch(/^(localhost|127\.|\[::1\])|\.localhost$/);
					// Typing the base it found gives the same base.
					expect(parseTarget(result.base, page)).toEqual(result);
				})
			);
		},
		limit(20_000)
	);
});

const base = fc.constantFrom('https://your-app.fly.dev', 'http://localhost:4000', '');

/** Every finding is complete; with real observations its words show no broken value. */
function expectFindings(findings: Finding[], real: boolean): void {
	expect(findings.length).toBeGreaterThan(0);
	for (const f of findings) {
		if (real) expectFinding(f);
		else expect(['pass', 'fail', 'unknown', 'error']).toContain(f.verdict);
		expect(typeof f.summary).toBe('string');
	}
}

function evaluateAll(obs: Observation, samples: Observation[], b: string, real: boolean) {
	expectFindings(evaluateHealth(obs, b).findings, real);
	expectFindings(evaluateDeepHealth(obs, b), real);
	expectFindings(evaluateHeaders(obs, b), real);
	expectFindings(evaluatePage(obs, b), real);
	expectFindings([evaluateLatency(samples, b).finding], real);
	expect(typeof excerptOf(obs)).toBe('string');
}

describe('the evaluators', () => {
	it(
		'never throw on any observation the type allows',
		() => {
			fuzz(
				'evaluators (health, deep health, headers, page, latency, excerpt): any observation',
				600,
				fc.property(anyObservation, fc.array(anyObservation, { maxLength: 3 }), base, (o, s, b) =>
					evaluateAll(o, s, b, false)
				)
			);
		},
		limit(20_000)
	);

	it(
		'word every finding without undefined, NaN or Infinity for what a browser reports',
		() => {
			fuzz(
				'evaluators: realistic observations',
				600,
				fc.property(realObservation, fc.array(realObservation, { maxLength: 3 }), base, (o, s, b) =>
					evaluateAll(o, s, b, true)
				)
			);
		},
		limit(20_000)
	);

	it(
		'judgeRateLimit words any sequence of statuses',
		() => {
			const statuses = fc.array(
				fc.option(
					fc.oneof(fc.constantFrom(200, 403, 429, 500), fc.integer({ min: 100, max: 599 })),
					{ nil: null }
				),
				{ maxLength: 15 }
			);
			fuzz(
				'judgeRateLimit: status sequences',
				1000,
				fc.property(
					statuses,
					fc.integer({ min: 0, max: 12 }),
					fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
					(s, after, command) => {
						const findings = judgeRateLimit(s, after, command);
						expect(findings).toHaveLength(2);
						findings.forEach(expectFinding);
					}
				)
			);
		},
		limit(20_000)
	);
});
