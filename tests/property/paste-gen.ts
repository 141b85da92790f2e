// Generated terminal output as people paste it: curl -I / -i / -v responses, the rate-limit
// loop, curl -w timings and health bodies, plus the garbage that gets pasted instead.
import fc from 'fast-check';
import {
	FLY_REDIRECT,
	HTML_PAGE,
	JAVA_STACK_TRACE,
	LOOP_BODIES,
	LOOP_WITH_I,
	PHOENIX_HEADERS,
	REDIRECT_CHAIN,
	VERBOSE_HTTP,
	VERBOSE_HTTPS
} from '$lib/paste/samples.fixtures';
import { HOSTILE } from './markdown-gen';

/** The recorded samples the paste specs use. */
export const SAMPLES = [
	FLY_REDIRECT,
	HTML_PAGE,
	JAVA_STACK_TRACE,
	LOOP_BODIES,
	LOOP_WITH_I,
	PHOENIX_HEADERS,
	REDIRECT_CHAIN,
	VERBOSE_HTTP,
	VERBOSE_HTTPS
];

const HEADER_NAMES = [
	'strict-transport-security',
	'Strict-Transport-Security',
	'content-security-policy',
	'content-security-policy-report-only',
	'x-frame-options',
	'X-Content-Type-Options',
	'x-xss-protection',
	'location',
	'Location',
	'retry-after',
	'content-type',
	'set-cookie',
	'referrer-policy',
	'permissions-policy',
	'server',
	'x:weird',
	'Bad Header'
];
const HEADER_VALUES = [
	'max-age=31536000; includeSubDomains; preload',
	'max-age=0',
	'max-age=abc',
	"default-src 'self'; script-src 'self' 'unsafe-inline'; frame-ancestors 'none'",
	"default-src *; script-src 'unsafe-eval' data: https:",
	"script-src 'nonce-abc' 'strict-dynamic'; object-src 'none'; base-uri 'self'",
	'SAMEORIGIN',
	'DENY',
	'ALLOW-FROM https://x',
	'nosniff',
	'1; mode=block',
	'0',
	'https://your-app.fly.dev/',
	'http://your-app.fly.dev/',
	'https://evil.example/',
	'//your-app.fly.dev/',
	'/relative',
	'http://[::1',
	'60',
	'application/json',
	'',
	'   ',
	'a'.repeat(3000)
];

const text = fc.oneof(
	{ arbitrary: fc.string({ maxLength: 20 }), weight: 2 },
	{ arbitrary: fc.constantFrom(...HOSTILE), weight: 1 }
);
const status = fc.oneof(
	fc.constantFrom(200, 204, 301, 302, 303, 307, 308, 403, 404, 429, 500, 502, 503, 100, 101),
	fc.integer({ min: 0, max: 999 })
);
const version = fc.constantFrom('1.0', '1.1', '2', '3', '9.9');
const reason = fc.oneof(
	fc.constantFrom('', 'OK', 'Moved Permanently', 'Too Many Requests', 'Connection established'),
	text
);
const header = fc
	.tuple(
		fc.oneof(fc.constantFrom(...HEADER_NAMES), text),
		fc.oneof(fc.constantFrom(...HEADER_VALUES), text),
		fc.constantFrom(':', ': ', ' : ', ':\t')
	)
	.map(([n, v, sep]) => `${n}${sep}${v}`);
const body = fc.oneof(
	fc.constant(''),
	fc.constantFrom(
		'{"status":"ok","timestamp":"2026-11-26T10:00:00Z"}',
		'{"status":"ok","checks":{"database":"ok","oban":"error","application":"ok"}}',
		'{"status":"error","database":"error","timestamp":"nope"}',
		'{"status":"ok","database":{"status":"ok","message":"fine"},"cache":"degraded"}',
		'{"errors":{"detail":"Too Many Requests"}}',
		'<html><body>Forbidden</body></html>',
		'[1,2,3]',
		'{"status":'
	),
	fc.json({ maxDepth: 3 })
);

/** One response as curl -i prints it. */
const response = fc
	.tuple(version, status, reason, fc.array(header, { maxLength: 8 }), body)
	.map(([v, s, r, headers, b]) =>
		[`HTTP/${v} ${s}${r ? ` ${r}` : ''}`, ...headers, '', b].join('\n')
	);

/** curl -I / -i output, maybe several responses (-L) and CRLF endings. */
const plainCurl = fc
	.tuple(fc.array(response, { minLength: 1, maxLength: 3 }), fc.boolean())
	.map(([rs, crlf]) => {
		const out = rs.join('\n');
		return crlf ? out.replace(/\n/g, '\r\n') : out;
	});

/** curl -v output: info lines, the request, and the response with "< " prefixes. */
const verboseCurl = fc
	.tuple(
		fc.constantFrom('your-app.fly.dev', 'other.example', '[::1]:8080', ''),
		fc.constantFrom('443', '80', '8443'),
		fc.constantFrom('GET', 'HEAD', 'POST', 'get'),
		response
	)
	.map(([host, port, method, r]) => {
		const [head, ...rest] = r.split('\n\n');
		return [
			`* Connected to ${host} (1.2.3.4) port ${port}`,
			'* ALPN: server accepted h2',
			`* [HTTP/2] [1] [:scheme: ${port === '80' ? 'http' : 'https'}]`,
			`> ${method} / HTTP/1.1`,
			`> Host: ${host}`,
			'> ',
			...head.split('\n').map((l) => `< ${l}`),
			'<',
			'{ [5 bytes data]',
			...rest
		].join('\n');
	});

/** The rate-limit loop: "Request N" echoes around curl output or status codes. */
const loop = fc
	.tuple(
		fc.array(
			fc.oneof(
				status.map(String),
				fc.constantFrom('Forbidden', '{"error":"rate limited"}429', 'Error 404', ''),
				response
			),
			{ minLength: 0, maxLength: 12 }
		),
		fc.constantFrom('before', 'after', 'none')
	)
	.map(([outputs, where]) =>
		outputs
			.map((o, i) =>
				where === 'none'
					? o
					: where === 'before'
						? `Request ${i + 1}\n${o}`
						: `${o}Request ${i + 1}`
			)
			.join('\n')
	);

const number = fc.oneof(
	fc.double({ min: 0, max: 100, noNaN: true }).map((n) => n.toFixed(6)),
	// 400 digits read as Infinity: see known-bugs.spec.ts.
	fc.constantFrom('0', '0,123', '.5', '1e3', '-1', '9'.repeat(30), '0.0000001', 'NaN')
);
const phase = fc.constantFrom(
	'time_namelookup',
	'time_connect',
	'time_appconnect',
	'time_starttransfer',
	'time_total',
	'ttfb',
	'total',
	'DNS',
	'tls handshake',
	'time to first byte'
);

/** curl -w timings: named phases, bare numbers, "200 0.123" lines. */
const timings = fc
	.array(
		fc.oneof(
			fc
				.tuple(
					phase,
					fc.constantFrom(': ', '=', ' '),
					number,
					fc.constantFrom('', 's', 'ms', ' sec')
				)
				.map(([p, sep, n, u]) => `${p}${sep}${n}${u}`),
			number,
			fc.tuple(status, number).map(([s, n]) => `${s} ${n}`)
		),
		{ minLength: 1, maxLength: 8 }
	)
	.map((lines) => lines.join('\n'));

const terminal = fc.constantFrom(
	'\u001b[1mHTTP/2 200\u001b[0m',
	'\u001b]8;;https://x\u0007link\u001b]8;;\u0007',
	'\u001b]8;;https://x',
	'\u001b[',
	'$ curl -I https://your-app.fly.dev',
	'curl: (6) Could not resolve host: your-app.fly.dev',
	'% Total    % Received % Xferd',
	'\u0000\u0000\u0000',
	'\ufeff'
);

/** Something a person might paste into the box for any command. */
export const paste: fc.Arbitrary<string> = fc.oneof(
	{ arbitrary: plainCurl, weight: 4 },
	{ arbitrary: verboseCurl, weight: 2 },
	{ arbitrary: loop, weight: 3 },
	{ arbitrary: timings, weight: 3 },
	{ arbitrary: body, weight: 2 },
	{ arbitrary: fc.constantFrom(...SAMPLES), weight: 2 },
	{
		arbitrary: fc.array(fc.oneof(terminal, text), { maxLength: 6 }).map((p) => p.join('\n')),
		weight: 1
	},
	{ arbitrary: fc.string({ maxLength: 200 }), weight: 1 },
	{ arbitrary: fc.string({ unit: 'binary', maxLength: 200 }), weight: 1 }
);
