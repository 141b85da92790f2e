import { describe, expect, it } from 'vitest';
import { parseCurlOutput } from './curl-output';
import { gradeForScore, gradeHeaders } from './observatory';
import { PHOENIX_HEADERS } from './samples.fixtures';

type Headers = [string, string][];
const modifiers = (headers: Headers) =>
	Object.fromEntries(
		gradeHeaders(headers).tests.map((t) => [t.header, [t.result, t.scoreModifier]])
	);

const STRICT_CSP =
	"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

describe('gradeHeaders', () => {
	it('grades the real Phoenix app: B+ (80)', () => {
		// CSP script-src has 'unsafe-inline'      csp-implemented-with-unsafe-inline       −20
		// HSTS max-age=31536000 ≥ 15552000        hsts-implemented-max-age-at-least-…        0
		// X-Content-Type-Options: nosniff         x-content-type-options-nosniff             0
		// CSP frame-ancestors 'self'              x-frame-options-implemented-via-csp       +5
		// strict-origin-when-cross-origin         referrer-policy-private                   +5
		// 100 − 20 = 80 < 90, so no bonuses: 80 → B+.
		const headers = parseCurlOutput(PHOENIX_HEADERS)!.responses[0].headers;
		expect(modifiers(headers)).toEqual({
			'content-security-policy': ['csp-implemented-with-unsafe-inline', -20],
			'strict-transport-security': ['hsts-implemented-max-age-at-least-six-months', 0],
			'x-content-type-options': ['x-content-type-options-nosniff', 0],
			'x-frame-options': ['x-frame-options-implemented-via-csp', 5],
			'referrer-policy': ['referrer-policy-private', 5],
			'x-xss-protection': ['x-xss-protection-enabled-mode-block', 0]
		});
		expect(gradeHeaders(headers)).toMatchObject({ score: 80, grade: 'B+' });
	});

	it('grades a bare response with no security headers: D (30), as low as these tests go', () => {
		// CSP −25, HSTS −20, X-Content-Type-Options −5, X-Frame-Options −20, no Referrer-Policy 0:
		// 100 − 70 = 30 → D. The Observatory's F (< 25) needs penalties from tests a pasted header
		// block cannot answer (cookies, redirection, subresource integrity).
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
		// csp-implemented-with-no-unsafe-default-src-none +10, hsts at least six months 0
		// (preload on the list is not visible: no +5), nosniff 0, XFO via CSP +5, no-referrer +5.
		// No penalties: 100 ≥ 90, so the bonuses count: 120 → A+.
		const grade = gradeHeaders([
			['Content-Security-Policy', STRICT_CSP],
			['Strict-Transport-Security', 'max-age=63072000; includeSubDomains; preload'],
			['X-Content-Type-Options', 'nosniff'],
			['Referrer-Policy', 'no-referrer']
		]);
		expect(grade).toMatchObject({ score: 120, grade: 'A+' });
		const hsts = grade.tests.find((t) => t.header === 'strict-transport-security')!;
		expect(hsts.reasons.join(' ')).toMatch(/includeSubDomains.*preload/s);
	});

	it('counts a report-only CSP as no CSP: B (75)', () => {
		// csp-not-implemented-but-reporting-enabled −25; the rest 0 and +5 (referrer):
		// 75 < 90, so the +5 does not count: 75 → B.
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

	it('calls HSTS set twice invalid and a short max-age a smaller penalty', () => {
		const twice = modifiers([
			['strict-transport-security', 'max-age=31536000'],
			['strict-transport-security', 'max-age=31536000']
		]);
		expect(twice['strict-transport-security']).toEqual(['hsts-header-invalid', -20]);
		const noMaxAge = modifiers([['strict-transport-security', 'includeSubDomains']]);
		expect(noMaxAge['strict-transport-security']).toEqual(['hsts-header-invalid', -20]);
		const short = modifiers([['strict-transport-security', 'max-age=15551999']]);
		expect(short['strict-transport-security']).toEqual([
			'hsts-implemented-max-age-less-than-six-months',
			-10
		]);
		const sixMonths = modifiers([['strict-transport-security', 'max-age=15552000']]);
		expect(sixMonths['strict-transport-security'][1]).toBe(0);
	});

	it('gives the XFO bonus for CSP frame-ancestors without X-Frame-Options', () => {
		const m = modifiers([
			['content-security-policy', "default-src 'self'; frame-ancestors 'self'"]
		]);
		expect(m['x-frame-options']).toEqual(['x-frame-options-implemented-via-csp', 5]);
		const none = modifiers([['content-security-policy', "default-src 'self'"]]);
		expect(none['x-frame-options']).toEqual(['x-frame-options-not-implemented', -20]);
	});

	it("penalises 'unsafe-eval' less than 'unsafe-inline': A (95)", () => {
		// csp-implemented-with-unsafe-eval −10 → 90 ≥ 90, so +5 (referrer) counts: 95 → A.
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

	it("ignores 'unsafe-inline' beside 'strict-dynamic' and a nonce, as browsers do", () => {
		const m = modifiers([
			[
				'content-security-policy',
				"script-src 'strict-dynamic' 'nonce-r4nd0m' 'unsafe-inline' https:; object-src 'none'; style-src 'self'"
			]
		]);
		expect(m['content-security-policy']).toEqual(['csp-implemented-with-no-unsafe', 5]);
		// Without style-src or default-src, styles may come from anywhere (*): 0, not +5.
		const noStyle = modifiers([
			['content-security-policy', "script-src 'nonce-r4nd0m'; object-src 'none'"]
		]);
		expect(noStyle['content-security-policy']).toEqual([
			'csp-implemented-with-unsafe-inline-in-style-src-only',
			0
		]);
	});

	it('grades X-Content-Type-Options, Referrer-Policy and X-XSS-Protection values', () => {
		const m = modifiers([
			['x-content-type-options', 'nosniff, nosniff'],
			['referrer-policy', 'no-referrer, unsafe-url'],
			['x-xss-protection', '0']
		]);
		expect(m['x-content-type-options']).toEqual(['x-content-type-options-header-invalid', -5]);
		expect(m['referrer-policy']).toEqual(['referrer-policy-unsafe', -5]);
		expect(m['x-xss-protection']).toEqual(['x-xss-protection-disabled', 0]);
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
			[0, 'F']
		];
		for (const [score, grade] of table) expect(gradeForScore(score)).toBe(grade);
	});
});
