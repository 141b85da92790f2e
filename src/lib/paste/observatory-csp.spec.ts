// Vectors from mdn/mdn-http-observatory test/csp.test.js, to keep the port faithful.
import { describe, expect, it } from 'vitest';
import { parseCsp } from './csp-parse';
import { cspTest } from './observatory-csp';

const resultOf = (policy: string) => cspTest([policy], []).result;

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

	it('report-only alone is csp-not-implemented-but-reporting-enabled', () => {
		expect(cspTest([], ["default-src 'none'; report-to /_/csp-reports"]).result).toBe(
			'csp-not-implemented-but-reporting-enabled'
		);
		expect(cspTest([], []).result).toBe('csp-not-implemented');
	});

	it('a passing policy with repeated report-uri is csp-implemented-but-duplicate-directives', () => {
		const verdict = cspTest(["default-src 'none'; report-uri /a; report-uri /b"], []);
		expect(verdict).toMatchObject({
			result: 'csp-implemented-but-duplicate-directives',
			pass: true
		});
	});
});

describe('parseCsp', () => {
	it('lower-cases, treats an empty source list as none, and intersects several policies', () => {
		const csp = parseCsp(["Script-Src 'SELF' https://a.example; img-src", "script-src 'self'"]);
		expect([...csp.get('script-src')!]).toEqual(["'self'"]);
		expect([...csp.get('img-src')!]).toEqual(["'none'"]);
	});
});
