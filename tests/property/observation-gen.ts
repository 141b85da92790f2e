// Generated probe observations: anything the Observation type allows (for "never throws"), and
// what a browser can really report (for "the words never show a broken value").
import fc from 'fast-check';
import type { Observation, TimingFacts } from '$lib/evidence/facts';

const BODIES = [
	'{"status":"ok","timestamp":"2026-11-26T10:00:00Z"}',
	'{"status":"ok","timestamp":"not a date"}',
	'{"status":"ok","timestamp":12}',
	'{"status":"degraded","checks":{"database":"ok","oban":"error","application":{"status":"ok","message":"up"}},"timestamp":"2026-11-26T10:00:00Z"}',
	'{"status":"error","database":"error","timestamp":"2026-11-26T10:00:00Z"}',
	'{"checks":[1,2],"database":true,"oban":false,"redis":"down","cache":"maybe"}',
	'{"__proto__":{"status":"ok"},"constructor":"error","toString":"ok"}',
	'{"checks":{"__proto__":"ok","database":null}}',
	'[]',
	'null',
	'"ok"',
	'',
	'   ',
	'{"status":',
	'<html>502 Bad Gateway</html>'
];

const text = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('', ' ', 'OK', '\u202e', 'é'));
const url = fc.constantFrom(
	'https://your-app.fly.dev/health',
	'https://your-app.fly.dev/',
	'http://localhost:4000/health/deep',
	'',
	'not a url'
);

function timingOf(n: fc.Arbitrary<number>): fc.Arbitrary<TimingFacts> {
	return fc.record(
		{
			duration: n,
			source: fc.constantFrom('resource-timing' as const, 'clock' as const),
			phases: fc.record({ dns: n, connect: n, tls: n, ttfb: n, download: n }),
			serverTiming: fc.array(fc.record({ name: text, duration: n, description: text }), {
				maxLength: 3
			}),
			transferSize: n,
			decodedBodySize: n
		},
		{ requiredKeys: ['duration', 'source'] }
	);
}

function observationOf(
	n: fc.Arbitrary<number>,
	status: fc.Arbitrary<number>,
	body: fc.Arbitrary<string | null>
): fc.Arbitrary<Observation> {
	const headerName = fc.constantFrom(
		'strict-transport-security',
		'content-security-policy',
		'content-security-policy-report-only',
		'x-frame-options',
		'x-content-type-options',
		'x-xss-protection',
		'content-type'
	);
	const http = fc.record({
		kind: fc.constant('http' as const),
		url,
		status,
		statusText: text,
		headers: fc.dictionary(
			fc.oneof(headerName, text),
			fc.oneof(text, fc.constantFrom('DENY', 'nosniff', 'SAMEORIGIN, DENY')),
			{ maxKeys: 6 }
		),
		exposed: fc.oneof(
			fc.constant(null),
			fc.constant('*' as const),
			fc.array(fc.oneof(headerName, text), { maxLength: 4 })
		),
		body,
		bodyBytes: n,
		truncated: fc.boolean(),
		finalUrl: url,
		redirected: fc.boolean(),
		timing: fc.option(timingOf(n), { nil: null }),
		receivedAt: n
	});
	return fc.oneof(
		{ arbitrary: http, weight: 5 },
		{
			arbitrary: fc.record({
				kind: fc.constant('opaque' as const),
				url,
				timing: fc.option(timingOf(n), { nil: null })
			}),
			weight: 2
		},
		{ arbitrary: fc.record({ kind: fc.constant('redirect' as const), url }), weight: 1 },
		{
			arbitrary: fc.record(
				{
					kind: fc.constantFrom(
						'timeout' as const,
						'network' as const,
						'mixed-content' as const,
						'cancelled' as const
					),
					url,
					timeoutMs: n,
					message: text
				},
				{ requiredKeys: ['kind', 'url'] }
			),
			weight: 2
		}
	);
}

const anyBody = fc.oneof(
	fc.constantFrom(...BODIES),
	fc.json({ maxDepth: 3 }),
	fc.string({ maxLength: 40 }),
	fc.constant(null)
);

/** Any observation the type allows: any double (NaN, ±Infinity, -0) and any text. */
export const anyObservation = observationOf(
	fc.double(),
	fc.oneof(fc.integer(), fc.double()),
	anyBody
);

/** What a browser reports: statuses 100–599, finite non-negative times and sizes. */
export const realObservation = observationOf(
	fc.double({ min: 0, max: 1e7, noNaN: true }),
	fc.integer({ min: 100, max: 599 }),
	anyBody
);
