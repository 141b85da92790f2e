import { describe, expect, it } from 'vitest';
import { ITEMS } from './finding';
import { HEADER_RULES, type HeaderJudgement } from './header-rules';
import { hstsMaxAge } from './header-values';

/** The judgement of the rule for `name` on a response carrying `headers` (repeats joined). */
function judge(name: string, headers: Record<string, string>): HeaderJudgement {
	const rule = HEADER_RULES.find((r) => r.name === name)!;
	return rule.judge((n) => headers[n]);
}
const verdict = (name: string, value: string | undefined) =>
	judge(name, value === undefined ? {} : { [name]: value }).verdict;

describe('HEADER_RULES', () => {
	it('has one rule for each header item of the built-in checklist', () => {
		expect(HEADER_RULES.flatMap((r) => r.items).sort()).toEqual(
			[ITEMS.hsts, ITEMS.hstsPresent, ITEMS.csp, ITEMS.xfo, ITEMS.xcto, ITEMS.xxss].sort()
		);
		for (const rule of HEADER_RULES) expect(rule.key).toBe(`header:${rule.name}`);
	});

	it('fails every header the response does not carry', () => {
		for (const rule of HEADER_RULES) {
			const { verdict: v, summary } = rule.judge(() => undefined);
			expect(v, rule.name).toBe('fail');
			expect(summary).toMatch(/^The response has no /);
		}
	});
});

describe('Strict-Transport-Security', () => {
	const hsts = (value: string | undefined) => verdict('strict-transport-security', value);

	it('passes a max-age in effect, quoting it, and says when it is short', () => {
		expect(
			judge('strict-transport-security', { 'strict-transport-security': 'max-age=31536000' })
		).toEqual({
			verdict: 'pass',
			summary: 'Strict-Transport-Security is present: “max-age=31536000”.',
			details: []
		});
		expect(hsts('max-age="63072000"; includeSubDomains; preload')).toBe('pass');
		const short = judge('strict-transport-security', {
			'strict-transport-security': 'max-age=86400'
		});
		expect(short.verdict).toBe('pass');
		expect(short.summary).toMatch(/under the six months \(15552000 s\)/);
	});

	it('fails max-age=0, which switches HSTS off, saying why', () => {
		const off = judge('strict-transport-security', { 'strict-transport-security': 'max-age=0' });
		expect(off.verdict).toBe('fail');
		expect(off.summary).toMatch(/max-age=0 tells browsers to forget HSTS/);
		expect(hsts('MAX-AGE = 0 ; includeSubDomains')).toBe('fail');
	});

	it('fails a value browsers ignore, naming the problem', () => {
		expect(hstsMaxAge('')).toEqual({ problem: 'it is empty' });
		expect(hstsMaxAge('includeSubDomains')).toEqual({ problem: 'it has no max-age' });
		expect(hstsMaxAge('max-age=1; max-age=2')).toEqual({ problem: 'it repeats max-age' });
		expect(hstsMaxAge('max-age=-5')).toEqual({
			problem: 'its max-age “-5” is not a whole number of seconds'
		});
		// Sent twice: browsers process only the first (RFC 6797 §8.1).
		expect(hsts('max-age=31536000, max-age=0')).toBe('pass');
		expect(hsts('max-age=0, max-age=31536000')).toBe('fail');
		for (const value of ['', 'max-age', 'max-age=abc', 'max-age=1.5', 'max-age=abc, max-age=1'])
			expect(hsts(value), value).toBe('fail');
		expect(
			judge('strict-transport-security', { 'strict-transport-security': 'max-age=abc' }).summary
		).toMatch(/^Strict-Transport-Security is present but invalid, so browsers ignore it: /);
	});
});

describe('Content-Security-Policy', () => {
	const csp = (value: string | undefined) => verdict('content-security-policy', value);

	it('passes a policy with a directive browsers enforce', () => {
		expect(csp("default-src 'self'")).toBe('pass');
		expect(csp("frame-ancestors 'none'")).toBe('pass');
		expect(csp("script-src 'self'; script-src 'none'")).toBe('pass');
		expect(csp("report-uri /r, default-src 'self'")).toBe('pass');
	});

	it('fails a policy that restricts nothing', () => {
		expect(judge('content-security-policy', { 'content-security-policy': ' ; ' }).summary).toBe(
			'Content-Security-Policy is present but sets no directives, so it restricts nothing.'
		);
		expect(csp('')).toBe('fail');
		expect(csp('report-uri /csp-reports')).toBe('fail');
	});

	it('fails a report-only policy alone, quoting it', () => {
		const only = judge('content-security-policy', {
			'content-security-policy-report-only': "default-src 'self'"
		});
		expect(only.verdict).toBe('fail');
		expect(only.summary).toMatch(/^Only Content-Security-Policy-Report-Only is set/);
		expect(only.details).toEqual(["The report-only policy is “default-src 'self'”."]);
	});
});

describe('X-Frame-Options', () => {
	const xfo = (value: string | undefined) => verdict('x-frame-options', value);

	it('passes SAMEORIGIN in any case, repeated or not, and DENY as stricter', () => {
		expect(xfo('SAMEORIGIN')).toBe('pass');
		expect(xfo('sameorigin, SameOrigin')).toBe('pass');
		expect(judge('x-frame-options', { 'x-frame-options': 'DENY' }).summary).toMatch(
			/^X-Frame-Options is DENY, stricter than the SAMEORIGIN/
		);
	});

	it('fails conflicting, unknown and empty values', () => {
		expect(judge('x-frame-options', { 'x-frame-options': 'SAMEORIGIN, DENY' }).summary).toMatch(
			/conflicting values .*refuse every frame/
		);
		expect(xfo('ALLOW-FROM https://a.example')).toBe('fail');
		expect(xfo('ALLOWALL')).toBe('fail');
		expect(xfo('')).toBe('fail');
	});

	it('notes CSP frame-ancestors when the header is missing', () => {
		const missing = judge('x-frame-options', {
			'content-security-policy': "default-src 'self'; frame-ancestors 'self'"
		});
		expect(missing.verdict).toBe('fail');
		expect(missing.details[0]).toMatch(/frame-ancestors already controls framing/);
		expect(judge('x-frame-options', {}).details).toEqual([]);
	});
});

describe('X-Content-Type-Options', () => {
	const xcto = (value: string | undefined) => verdict('x-content-type-options', value);

	it('passes nosniff as the first value, as browsers read it', () => {
		expect(xcto('nosniff')).toBe('pass');
		expect(xcto(' NoSniff , nosniff')).toBe('pass');
		expect(xcto('nosniff, sniff')).toBe('pass');
	});

	it('fails anything else', () => {
		expect(xcto('sniff, nosniff')).toBe('fail');
		expect(judge('x-content-type-options', { 'x-content-type-options': 'sniff' }).summary).toBe(
			'X-Content-Type-Options is “sniff”, not nosniff.'
		);
		expect(xcto('')).toBe('fail');
	});
});

describe('X-XSS-Protection', () => {
	const xxss = (value: string | undefined) => verdict('x-xss-protection', value);

	it('passes 0 and 1 with or without directives, giving the current guidance', () => {
		for (const value of ['0', '1', '1; mode=block', '1;report=https://r.example', '0, 0'])
			expect(xxss(value), value).toBe('pass');
		const shown = judge('x-xss-protection', { 'x-xss-protection': '1; mode=block' });
		expect(shown.summary).toBe('X-XSS-Protection is present: “1; mode=block”.');
		expect(shown.details[0]).toMatch(/Current guidance is to send 0 or nothing/);
	});

	it('fails a value that is neither 0 nor 1, and an empty one', () => {
		expect(xxss('yes')).toBe('fail');
		expect(xxss('10')).toBe('fail');
		expect(xxss('')).toBe('fail');
	});
});
