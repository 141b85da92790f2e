import { describe, expect, it } from 'vitest';
// The real app's headers come as pasted, so their setup borrows paste/'s sample and parser.
import { parseCurlOutput } from '$lib/paste/curl-output';
import { PHOENIX_HEADERS } from '$lib/paste/samples.fixtures';
import { gradeHeaders, gradeObservatory } from './grade';
import { observedHeaders } from './headers';
import { gradeForScore } from './score';
import { combineSummaries, readSummary, summaryOf } from './summary';

type Headers = [string, string][];
const modifiers = (headers: Headers) =>
	Object.fromEntries(
		gradeHeaders(headers).tests.map((t) => [t.header, [t.result, t.scoreModifier]])
	);
const testOf = (headers: Headers, name: string) =>
	gradeHeaders(headers).tests.find((t) => t.header === name)!;

const STRICT_CSP =
	"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

describe('gradeHeaders', () => {
	it('grades the real Phoenix app: B+ (80)', () => {
		// CSP script-src has 'unsafe-inline'      csp-implemented-with-unsafe-inline       −20
		// HSTS max-age=31536000 ≥ 15552000        hsts-implemented-max-age-at-least-…        0
		// X-Content-Type-Options: nosniff         x-content-type-options-nosniff             0
		// CSP frame-ancestors 'self'              x-frame-options-implemented-via-csp       +5
		// strict-origin-when-cross-origin         referrer-policy-private                   +5
		// No Cross-Origin-Resource-Policy, no CORS headers: 0 and 0.
		// 100 − 20 = 80 < 90, so no bonuses: 80 → B+.
		const headers = parseCurlOutput(PHOENIX_HEADERS)!.responses[0].headers;
		expect(modifiers(headers)).toEqual({
			'content-security-policy': ['csp-implemented-with-unsafe-inline', -20],
			'strict-transport-security': ['hsts-implemented-max-age-at-least-six-months', 0],
			'x-content-type-options': ['x-content-type-options-nosniff', 0],
			'x-frame-options': ['x-frame-options-implemented-via-csp', 5],
			'referrer-policy': ['referrer-policy-private', 5],
			'cross-origin-resource-policy': ['corp-not-implemented', 0],
			'cross-origin-resource-sharing': ['cross-origin-resource-sharing-not-implemented', 0],
			'x-xss-protection': ['x-xss-protection-enabled-mode-block', 0]
		});
		const grade = gradeHeaders(headers);
		expect(grade).toMatchObject({ score: 80, grade: 'B+' });
		// Headers alone answer neither cookies (no host), SRI (no page) nor redirection.
		expect(grade.notComputed.map((n) => n.test)).toEqual([
			'cookies',
			'subresource-integrity',
			'redirection'
		]);
	});

	it('grades a bare response with no security headers: D (30)', () => {
		// CSP −25, HSTS −20, X-Content-Type-Options −5, X-Frame-Options −20, the rest 0.
		const grade = gradeHeaders([
			['Content-Type', 'text/html'],
			['Server', 'nginx']
		]);
		expect(grade).toMatchObject({ score: 30, grade: 'D' });
		expect(grade.tests.filter((t) => !t.pass).map((t) => t.header)).toEqual([
			'content-security-policy',
			'strict-transport-security',
			'x-content-type-options',
			'x-frame-options',
			'x-xss-protection'
		]);
	});

	it("grades a strict CSP with default-src 'none', frame-ancestors and HSTS preload: A+ (120)", () => {
		// +10 CSP, 0 HSTS (the preload list is not consulted for a pasted host), +5 XFO via CSP,
		// +5 no-referrer: no penalties, so the bonuses count: 120 → A+.
		const headers: Headers = [
			['Content-Security-Policy', STRICT_CSP],
			['Strict-Transport-Security', 'max-age=63072000; includeSubDomains; preload'],
			['X-Content-Type-Options', 'nosniff'],
			['Referrer-Policy', 'no-referrer']
		];
		expect(gradeHeaders(headers)).toMatchObject({ score: 120, grade: 'A+' });
		expect(testOf(headers, 'strict-transport-security').reasons.join(' ')).toMatch(
			/includeSubDomains.*preload/s
		);
	});

	it('counts a report-only CSP as no CSP: B (75)', () => {
		const grade = gradeHeaders([
			['content-security-policy-report-only', "default-src 'none'"],
			['strict-transport-security', 'max-age=31536000'],
			['x-frame-options', 'DENY'],
			['x-content-type-options', 'nosniff'],
			['referrer-policy', 'strict-origin-when-cross-origin']
		]);
		expect(grade.tests[0].result).toBe('csp-not-implemented-but-reporting-enabled');
		expect(grade).toMatchObject({ score: 75, grade: 'B' });
	});

	it('reads repeated and empty headers as the Observatory receives them', () => {
		// Node joins a repeated header with ", ": HSTS then has a comma and is invalid.
		const twice = modifiers([
			['strict-transport-security', 'max-age=31536000'],
			['strict-transport-security', 'max-age=31536000']
		]);
		expect(twice['strict-transport-security']).toEqual(['hsts-header-invalid', -20]);
		expect(
			modifiers([['strict-transport-security', 'includeSubDomains']])['strict-transport-security']
		).toEqual(['hsts-header-invalid', -20]);
		// An empty X-Content-Type-Options or X-Frame-Options is no header at all to it.
		const empty = modifiers([
			['x-content-type-options', ''],
			['x-frame-options', '']
		]);
		expect(empty['x-content-type-options']).toEqual(['x-content-type-options-not-implemented', -5]);
		expect(empty['x-frame-options']).toEqual(['x-frame-options-not-implemented', -20]);
	});

	it('grades CORP and CORS from the page, as it stands in for the preflight', () => {
		const m = modifiers([
			['cross-origin-resource-policy', 'same-site'],
			['access-control-allow-origin', '*']
		]);
		expect(m['cross-origin-resource-policy']).toEqual(['corp-implemented-with-same-site', 10]);
		expect(m['cross-origin-resource-sharing']).toEqual([
			'cross-origin-resource-sharing-implemented-with-public-access',
			0
		]);
	});

	it("penalises 'unsafe-eval' less than 'unsafe-inline': A (95)", () => {
		const grade = gradeHeaders([
			['content-security-policy', "default-src 'self'; script-src 'self' 'unsafe-eval'"],
			['strict-transport-security', 'max-age=31536000'],
			['x-frame-options', 'SAMEORIGIN'],
			['x-content-type-options', 'nosniff'],
			['referrer-policy', 'no-referrer']
		]);
		expect(grade.tests[0]).toMatchObject({
			result: 'csp-implemented-with-unsafe-eval',
			scoreModifier: -10
		});
		expect(grade).toMatchObject({ score: 95, grade: 'A' });
	});
});

describe('where browsers read a header otherwise', () => {
	it('gives the Observatory’s pass for max-age=abc, and says HSTS is not in effect', () => {
		const hsts = testOf(
			[['strict-transport-security', 'max-age=abc']],
			'strict-transport-security'
		);
		expect(hsts).toMatchObject({
			result: 'hsts-implemented-max-age-at-least-six-months',
			scoreModifier: 0
		});
		expect(hsts.browser).toEqual({
			result: 'hsts-header-invalid',
			note: 'Browsers ignore this max-age (“abc” is not a number of seconds): HSTS is not in effect.'
		});
		const quoted = testOf(
			[['strict-transport-security', 'max-age="600"']],
			'strict-transport-security'
		);
		expect(quoted.result).toBe('hsts-implemented-max-age-at-least-six-months');
		expect(quoted.browser?.note).toBe('Browsers read max-age as 600 seconds, under six months.');
		expect(
			testOf([['strict-transport-security', 'max-age=600']], 'strict-transport-security').browser
		).toBeUndefined();
	});

	it('grades a CSP sent twice as one joined policy, and says browsers enforce both', () => {
		const headers: Headers = [
			['content-security-policy', "script-src 'self'; object-src 'none'"],
			['content-security-policy', "default-src 'none'; script-src 'self'"]
		];
		const csp = testOf(headers, 'content-security-policy');
		expect(csp.result).toBe('csp-header-invalid');
		expect(csp.browser?.result).toBe('csp-implemented-with-no-unsafe-default-src-none');
		expect(csp.browser?.note).toBe(
			'Browsers enforce each of the 2 policies on its own, where the Observatory receives the repeated header joined into one policy; the strictest alone reads as csp-implemented-with-no-unsafe-default-src-none.'
		);
	});

	it("grades 'strict-dynamic' in default-src A+, and says objects and styles keep their sources", () => {
		const headers: Headers = [
			['content-security-policy', "default-src 'strict-dynamic' 'nonce-r4nd0m' https:"],
			['strict-transport-security', 'max-age=31536000'],
			['x-content-type-options', 'nosniff'],
			['x-frame-options', 'DENY'],
			['referrer-policy', 'no-referrer']
		];
		expect(gradeHeaders(headers)).toMatchObject({ score: 110, grade: 'A+' });
		const csp = testOf(headers, 'content-security-policy');
		expect(csp.browser?.result).toBe('csp-implemented-with-unsafe-inline');
		expect(csp.browser?.note).toMatch(/^Browsers apply 'strict-dynamic' to scripts only/);
	});

	it('notes X-Frame-Options and X-Content-Type-Options that browsers honour or ignore', () => {
		const twice = testOf([['x-frame-options', 'SAMEORIGIN, SAMEORIGIN']], 'x-frame-options');
		expect(twice.result).toBe('x-frame-options-header-invalid');
		expect(twice.browser?.note).toBe('Browsers read X-Frame-Options as SAMEORIGIN.');
		const allow = testOf([['x-frame-options', 'ALLOW-FROM https://a.example']], 'x-frame-options');
		expect(allow.browser?.note).toBe(
			'Browsers ignore ALLOW-FROM: other sites may frame this page.'
		);
		const sniff = testOf(
			[['x-content-type-options', 'nosniff, nosniff']],
			'x-content-type-options'
		);
		expect(sniff.browser?.note).toBe(
			'Browsers read the first value, nosniff: content sniffing is off.'
		);
	});
});

describe('gradeObservatory', () => {
	it('refuses, as the Observatory does, a page answering 404', () => {
		const raw: Headers = [['content-type', 'text/html']];
		const grade = gradeObservatory({
			hostname: 'example.com',
			page: {
				status: 404,
				headers: observedHeaders(raw),
				raw,
				meta: { csp: [], referrer: [] },
				text: ''
			},
			cookieHops: [],
			preflight: null,
			route: null
		});
		expect(grade.refused).toMatch(/answers 404/);
	});

	it('combines the page’s grade with the redirect chain’s', () => {
		const page = gradeHeaders([['content-security-policy', STRICT_CSP]]);
		const chain = gradeObservatory({
			hostname: 'example.com',
			page: null,
			cookieHops: [],
			preflight: null,
			route: [
				{ url: 'http://example.com/', status: 301 },
				{ url: 'https://www.example.com/', status: 200 }
			]
		});
		expect(chain.tests.map((t) => [t.header, t.result])).toEqual([
			['redirection', 'redirection-off-host-from-http']
		]);
		const both = combineSummaries([summaryOf(page), summaryOf(chain)]);
		expect(both.tests.find((t) => t.test === 'redirection')?.modifier).toBe(-5);
		expect(both.notComputed.map((n) => n.test)).toEqual(['cookies', 'subresource-integrity']);
		expect(both.score).toBe(page.score - 5);
		// What is stored reads back the same, and anything else reads back as nothing.
		const stored = JSON.parse(JSON.stringify({ observatory: summaryOf(page) }));
		expect(readSummary(stored)).toEqual(summaryOf(page));
		expect(readSummary({ grade: 'A' })).toBeNull();
		expect(readSummary({ observatory: { tests: [{ test: 1 }], notComputed: [] } })?.tests).toEqual(
			[]
		);
	});
});

describe('gradeForScore', () => {
	it("follows the Observatory's grade chart", () => {
		const table: [number, string][] = [
			[135, 'A+'],
			[100, 'A+'],
			[95, 'A'],
			[90, 'A'],
			[85, 'A-'],
			[80, 'B+'],
			[70, 'B'],
			[65, 'B-'],
			[60, 'C+'],
			[50, 'C'],
			[45, 'C-'],
			[40, 'D+'],
			[30, 'D'],
			[25, 'D-'],
			[20, 'F'],
			[0, 'F'],
			[-10, 'F']
		];
		for (const [score, grade] of table) expect(gradeForScore(score).grade).toBe(grade);
		expect(gradeForScore(-10).score).toBe(0);
	});
});
