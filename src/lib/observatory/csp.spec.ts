// Vectors from mdn/mdn-http-observatory test/csp.test.js, to keep the port faithful (the
// differential test in tests/property runs the package itself on them and many more).
import { describe, expect, it } from 'vitest';
import { parseCsp } from './csp-parse';
import { cspTest } from './csp';

type Headers = [string, string][];
const test = (headers: Headers, meta: string[] = []) => cspTest({ headers, meta, https: true });
const resultOf = (policy: string) => test([['content-security-policy', policy]]).result;

describe('cspTest (the Observatory’s CSP vectors)', () => {
	it.each([
		'  ',
		'',
		"default-src 'none'; default-src 'none'",
		"default-src 'none'; img-src 'self'; default-src 'none'",
		"default-src 'none'; script-src 'strict-dynamic'",
		'defa'
	])('csp-header-invalid: %j', (policy) => {
		expect(resultOf(policy)).toBe('csp-header-invalid');
	});

	it.each([
		"script-src 'unsafe-inline'",
		'script-src data:',
		'script-src http:',
		"default-src 'UNSAFE-INLINE'",
		'upgrade-insecure-requests',
		"script-src 'none'",
		'script-src https://mozilla.org https:',
		"default-src 'none'; script-src *",
		"default-src *; script-src *; object-src 'none'",
		"default-src 'none'; script-src 'none'; object-src *",
		"default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'",
		"object-src https:; script-src 'none'"
	])('csp-implemented-with-unsafe-inline: %s', (policy) => {
		expect(resultOf(policy)).toBe('csp-implemented-with-unsafe-inline');
	});

	it.each([
		'default-src http://mozilla.org',
		"default-src 'none'; script-src http://mozilla.org",
		"default-src 'none'; script-src ftp://mozilla.org"
	])('csp-implemented-with-insecure-scheme: %s', (policy) => {
		expect(resultOf(policy)).toBe('csp-implemented-with-insecure-scheme');
	});

	it('csp-implemented-with-unsafe-eval', () => {
		expect(resultOf("default-src 'none'; script-src 'unsafe-eval'")).toBe(
			'csp-implemented-with-unsafe-eval'
		);
	});

	it.each([
		"default-src 'none'; img-src http://mozilla.org",
		"default-src 'self'; img-src http:",
		"default-src 'none'; img-src https:; media-src http://mozilla.org"
	])('csp-implemented-with-insecure-scheme-in-passive-content-only: %s', (policy) => {
		expect(resultOf(policy)).toBe('csp-implemented-with-insecure-scheme-in-passive-content-only');
	});

	it.each([
		"object-src 'none'; script-src 'none'; style-src 'unsafe-inline'",
		"default-src 'unsafe-inline'; script-src https://mozilla.org",
		"default-src 'none';;; ;;;style-src 'self' 'unsafe-inline'",
		"default-src 'none'; style-src https:",
		"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-hqBEA/HXB3aJU2FgOnYN8rkAgEVgyfi3Vs1j2/XMPBB=' 'unsafe-inline'"
	])('csp-implemented-with-unsafe-inline-in-style-src-only: %s', (policy) => {
		expect(resultOf(policy)).toBe('csp-implemented-with-unsafe-inline-in-style-src-only');
	});

	it.each([
		'default-src https://mozilla.org',
		"default-src https://mozilla.org;;; ;;;script-src 'none'",
		"object-src 'none'; script-src 'strict-dynamic' 'nonce-abc' 'unsafe-inline'; style-src 'none'",
		"object-src 'none'; style-src 'self'; script-src 'unsafe-inline' 'sha256-hqBEA/HXB3aJU2FgOnYN8rkAgEVgyfi3Vs1j2/XMPBA='",
		"default-src https://mozilla.org; style-src 'unsafe-inline' 'nonce-abc123' 'unsafe-inline'"
	])('csp-implemented-with-no-unsafe: %s', (policy) => {
		expect(resultOf(policy)).toBe('csp-implemented-with-no-unsafe');
	});

	it.each([
		'default-src',
		"default-src 'none'; script-src 'strict-dynamic' 'nonce-abc123' 'unsafe-inline'",
		"default-src 'none'; script-src 'strict-dynamic' 'sha256-abc123' https://*",
		"default-src 'none'; object-src https://mozilla.org"
	])('csp-implemented-with-no-unsafe-default-src-none: %s', (policy) => {
		expect(resultOf(policy)).toBe('csp-implemented-with-no-unsafe-default-src-none');
	});

	it('report-only alone is csp-not-implemented-but-reporting-enabled, unless it is empty', () => {
		const ro = "default-src 'none'; report-to /_/csp-reports";
		expect(test([['content-security-policy-report-only', ro]]).result).toBe(
			'csp-not-implemented-but-reporting-enabled'
		);
		expect(test([['content-security-policy-report-only', '']]).result).toBe('csp-not-implemented');
		expect(test([]).result).toBe('csp-not-implemented');
		// A policy of semicolons only parses to nothing: the report-only header then counts.
		const semicolons: Headers = [
			['content-security-policy', ';;;;;;;'],
			['content-security-policy-report-only', ro]
		];
		expect(test(semicolons).result).toBe('csp-not-implemented-but-reporting-enabled');
	});

	it('a passing policy with repeated report-uri is csp-implemented-but-duplicate-directives', () => {
		const verdict = resultOf("default-src 'none'; report-uri /a; report-uri /b");
		expect(verdict).toBe('csp-implemented-but-duplicate-directives');
	});

	it("lets 'strict-dynamic' in default-src drop sources for objects and styles too", () => {
		// default-src is the one Set that script-src, object-src and style-src all read.
		const policy = "default-src 'strict-dynamic' 'nonce-r4nd0m' https: 'unsafe-inline'";
		expect(resultOf(policy)).toBe('csp-implemented-with-no-unsafe');
		const browser = cspTest(
			{ headers: [['content-security-policy', policy]], meta: [], https: true },
			true
		);
		expect(browser.result).toBe('csp-implemented-with-unsafe-inline');
	});

	it('reads a meta policy beside the header, and frame-ancestors from it too', () => {
		const verdict = test([], ["default-src 'none'; frame-ancestors 'none'"]);
		expect(verdict.result).toBe('csp-implemented-with-no-unsafe-default-src-none');
		expect(verdict.data?.has('frame-ancestors')).toBe(true);
	});
});

describe('parseCsp', () => {
	it('lower-cases, treats an empty source list as none, and merges several policies', () => {
		const csp = parseCsp(["Script-Src 'SELF' https://a.example; img-src", "script-src 'self'"]);
		expect([...csp.get('script-src')!]).toEqual(["'self'"]);
		expect([...csp.get('img-src')!]).toEqual(["'none'"]);
	});

	it('takes a header sent twice, as Node joins it, for one policy', () => {
		// "a; b, c; d": the comma lands inside the second directive's sources.
		const csp = parseCsp(["default-src 'self'; script-src 'self', script-src 'none'"]);
		expect([...csp.get('script-src')!]).toEqual(["'none'", "'self',", 'script-src']);
		expect(() => parseCsp(["script-src 'self', default-src 'self'; script-src 'none'"])).toThrow(
			/script-src appears twice/
		);
	});
});
