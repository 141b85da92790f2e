import { describe, expect, it } from 'vitest';
import { ITEMS, type Finding } from '$lib/evidence/finding';
import { readPaste, type PasteExpectation, type PasteResult } from './read-paste';
import {
	FLY_REDIRECT,
	HTML_PAGE,
	JAVA_STACK_TRACE,
	LOOP_BODIES,
	LOOP_WITH_I,
	PHOENIX_CSP,
	PHOENIX_HEADERS,
	REDIRECT_CHAIN,
	VERBOSE_HTTP,
	VERBOSE_HTTPS
} from './samples.fixtures';

const HOST = 'your-app.fly.dev';
const REDIRECT: PasteExpectation = {
	kind: 'https-redirect',
	command: `curl -I http://${HOST}`,
	host: HOST
};
const HEADERS: PasteExpectation = {
	kind: 'headers',
	command: `curl -I https://${HOST}`,
	host: HOST
};
const LOOP_COMMAND = `for i in {1..10}; do curl -X POST https://${HOST}/users/log_in …; echo "Request $i"; done`;
const RATE: PasteExpectation = { kind: 'rate-limit', command: LOOP_COMMAND, host: HOST };
const TIMINGS: PasteExpectation = {
	kind: 'timings',
	command: `curl -s -o /dev/null -w '%{time_total}\\n' https://${HOST}/health`,
	thresholdMs: 50
};

function findings(result: PasteResult): Finding[] {
	if (!result.ok) throw new Error(`expected findings, got: ${result.message}`);
	return result.findings;
}
function message(result: PasteResult): string {
	if (result.ok) throw new Error('expected a message');
	return result.message;
}
const byKey = (result: PasteResult, key: string) => findings(result).find((f) => f.key === key)!;
const headersOf = (text: string) => readPaste(text, HEADERS);

describe('readPaste: unusable pastes', () => {
	it('says nothing was pasted, naming the command', () => {
		expect(message(readPaste('', REDIRECT))).toBe(
			`Nothing was pasted. Run \`curl -I http://${HOST}\` in a terminal and paste what it prints.`
		);
		expect(message(readPaste(' \n\t\r\n', HEADERS))).toMatch(/^Nothing was pasted/);
	});

	it('refuses 5 MB of text, saying its size and that the output is a few hundred bytes', () => {
		const huge = 'x'.repeat(5 * 1024 * 1024);
		expect(message(readPaste(huge, HEADERS))).toBe(
			`The pasted text is 5.24 MB, but the output of \`curl -I https://${HOST}\` is a few hundred bytes. Paste only what that command prints.`
		);
	});

	it('refuses text with NUL or mostly control characters', () => {
		expect(message(readPaste('HTTP/1.1 200 OK\u0000\u0000', HEADERS))).toMatch(/^This is not text/);
		const binary = Array.from({ length: 200 }, (_, i) => String.fromCharCode(i % 32)).join('');
		expect(message(readPaste(binary.replace(/\0/g, ''), RATE))).toMatch(/^This is not text/);
	});

	it('recognises an HTML page and says which status line is missing', () => {
		expect(message(readPaste(HTML_PAGE, REDIRECT))).toBe(
			`This looks like an HTML page, not the output of \`curl -I http://${HOST}\`: it has no HTTP status line such as \`HTTP/1.1 301 Moved Permanently\`. Run the command in a terminal and paste what it prints.`
		);
	});

	it('recognises a Java stack trace', () => {
		expect(message(readPaste(JAVA_STACK_TRACE, HEADERS))).toMatch(
			/^This looks like a stack trace from a program, not the output of `curl -I https:\/\/your-app\.fly\.dev`: it has no HTTP status line/
		);
		expect(message(readPaste(JAVA_STACK_TRACE, RATE))).toContain(
			'`Request 1` … `Request 10` lines'
		);
		expect(message(readPaste(JAVA_STACK_TRACE, TIMINGS))).toContain('`time_total: 0.123`');
	});

	it('never throws, whatever it is given', () => {
		const bad = readPaste(undefined as unknown as string, REDIRECT);
		expect(bad.ok).toBe(false);
		const kind = readPaste('HTTP/1.1 200 OK\n', { kind: 'dns' } as unknown as PasteExpectation);
		expect(message(kind)).toMatch(/does not know how to read/);
	});
});

describe('readPaste: https-redirect', () => {
	const verdictOf = (text: string, expect = REDIRECT) =>
		byKey(readPaste(text, expect), 'https:redirect');

	it('passes a 301 to https on the same host (Windows line endings)', () => {
		const finding = verdictOf(FLY_REDIRECT);
		expect(finding).toMatchObject({ items: [ITEMS.httpsRedirect], verdict: 'pass' });
		expect(finding.summary).toBe(
			`Plain http answers 301 Moved Permanently with a redirect to https://${HOST}/.`
		);
	});

	it('compares hosts ignoring case and the default port, and accepts 308', () => {
		const text = 'HTTP/1.1 308 Permanent Redirect\nLocation: https://YOUR-APP.fly.dev:443/\n\n';
		expect(verdictOf(text).verdict).toBe('pass');
		expect(verdictOf(FLY_REDIRECT, { ...REDIRECT, host: 'Your-App.FLY.dev' }).verdict).toBe('pass');
	});

	it('reads the first response of an -L chain and curl -v over http', () => {
		const chain = verdictOf(REDIRECT_CHAIN);
		expect(chain.verdict).toBe('pass');
		expect(chain.details).toEqual([
			`Redirects followed: 301 Moved Permanently → https://${HOST}/, then 200 OK.`
		]);
		expect(verdictOf(VERBOSE_HTTP).verdict).toBe('pass');
	});

	it('says the command was run against the wrong URL when -v shows https', () => {
		const finding = verdictOf(VERBOSE_HTTPS);
		expect(finding.verdict).toBe('error');
		expect(finding.summary).toBe(
			`This output is from a request to https://${HOST}, not plain http://, so the command was run against the wrong URL.`
		);
		const other = verdictOf(VERBOSE_HTTP.replace(/your-app\.fly\.dev/g, 'staging.fly.dev'));
		expect(other).toMatchObject({ verdict: 'error' });
		expect(other.summary).toContain('staging.fly.dev, not your-app.fly.dev');
	});

	it('fails a temporary redirect and says to use 301 or 308', () => {
		const finding = verdictOf(`HTTP/1.1 302 Found\nLocation: https://${HOST}/\n\n`);
		expect(finding.verdict).toBe('fail');
		expect(finding.summary).toBe(
			`Plain http redirects to https://${HOST}/ with 302 Found, a temporary redirect; use 301 or 308 so it is permanent.`
		);
		expect(verdictOf(`HTTP/2 307\nlocation: https://${HOST}/\n`).verdict).toBe('fail');
	});

	it('fails a redirect to http:// or to another host, saying where it went', () => {
		const toHttp = verdictOf(`HTTP/1.1 301 Moved Permanently\nLocation: http://${HOST}/login\n\n`);
		expect(toHttp.summary).toBe(
			`Plain http redirects (301 Moved Permanently) to http://${HOST}/login, which is not https://.`
		);
		const offHost = verdictOf(
			'HTTP/1.1 301 Moved Permanently\nLocation: https://www.example.com/\n\n'
		);
		expect(offHost.verdict).toBe('fail');
		expect(offHost.summary).toContain(
			'to https://www.example.com/, another host than your-app.fly.dev'
		);
	});

	it('fails when plain http answers without redirecting', () => {
		const finding = verdictOf('HTTP/1.1 200 OK\nContent-Type: text/html\n\n');
		expect(finding).toMatchObject({
			verdict: 'fail',
			summary: 'No redirect: the site answers over plain http (200 OK).'
		});
		expect(verdictOf('HTTP/1.1 301 Moved Permanently\n\n').summary).toMatch(
			/without a Location header/
		);
		const withHsts = verdictOf('HTTP/1.1 200 OK\nstrict-transport-security: max-age=31536000\n\n');
		expect(withHsts.details?.[0]).toMatch(/usually send only over https/);
	});

	it('says an HTTP/2 page answer means the command went to https://', () => {
		const finding = verdictOf(PHOENIX_HEADERS);
		expect(finding.verdict).toBe('error');
		expect(finding.summary).toMatch(/came over HTTP\/2.*wrong URL/);
	});
});

describe('readPaste: headers', () => {
	it("passes the Phoenix app's five header items and attaches its B+ grade", () => {
		const result = headersOf(PHOENIX_HEADERS);
		expect(findings(result).map((f) => [f.key, f.verdict])).toEqual([
			['header:strict-transport-security', 'pass'],
			['header:content-security-policy', 'pass'],
			['header:x-frame-options', 'pass'],
			['header:x-content-type-options', 'pass'],
			['header:x-xss-protection', 'pass']
		]);
		expect(result.ok && result.grade).toMatchObject({ score: 80, grade: 'B+' });
		const hsts = byKey(result, 'header:strict-transport-security');
		expect(hsts.items).toEqual([ITEMS.hsts, ITEMS.hstsPresent]);
		expect(hsts.summary).toBe('Strict-Transport-Security is present: “max-age=31536000”.');
		const csp = byKey(result, 'header:content-security-policy');
		expect(csp.summary).toBe(
			`Content-Security-Policy is present: “${PHOENIX_CSP.slice(0, 200)}…”.`
		);
		expect(csp.details).toEqual([
			"The policy allows 'unsafe-inline' in script-src.",
			"The policy allows 'unsafe-eval'.",
			"style-src allows 'unsafe-inline', data: or a broad source.",
			'Observatory result: csp-implemented-with-unsafe-inline (−20).'
		]);
		const xxss = byKey(result, 'header:x-xss-protection');
		expect(xxss.summary).toBe('X-XSS-Protection is present: “1; mode=block”.');
		expect(xxss.details?.[0]).toMatch(/Current guidance is to send 0 or nothing/);
	});

	it('reads the same response with \\r\\n line endings, curl -v, and bold header names', () => {
		const crlf = headersOf(PHOENIX_HEADERS.replace(/\n/g, '\r\n'));
		expect(crlf.ok && crlf.grade?.score).toBe(80);
		const verbose = headersOf(VERBOSE_HTTPS);
		expect(byKey(verbose, 'header:x-frame-options').verdict).toBe('pass');
		expect(byKey(verbose, 'header:content-security-policy').verdict).toBe('fail');
		// curl 7.61+ prints header names in bold on a terminal.
		const bold = headersOf(PHOENIX_HEADERS.replace(/^([a-z-]+):/gm, '\u001b[1m$1\u001b[0m:'));
		expect(bold.ok && bold.grade?.score).toBe(80);
	});

	it('uses the last response of an -L chain', () => {
		const result = headersOf(REDIRECT_CHAIN);
		expect(result.ok && result.grade?.grade).toBe('B+');
		expect(byKey(result, 'header:x-frame-options').details).not.toContain(
			expect.stringMatching(/These headers come from/)
		);
	});

	it('fails every missing header, since a pasted response shows them all', () => {
		const result = headersOf('HTTP/1.1 200 OK\nContent-Type: text/html\nServer: nginx\n\n');
		expect(findings(result).map((f) => f.verdict)).toEqual([
			'fail',
			'fail',
			'fail',
			'fail',
			'fail'
		]);
		expect(byKey(result, 'header:x-frame-options').summary).toBe(
			'The response has no X-Frame-Options header.'
		);
		expect(result.ok && result.grade?.grade).toBe('D');
	});

	it('fails a report-only CSP and HSTS set twice', () => {
		const result = headersOf(
			[
				'HTTP/2 200',
				`content-security-policy-report-only: ${PHOENIX_CSP}`,
				'strict-transport-security: max-age=31536000',
				'strict-transport-security: max-age=31536000; includeSubDomains',
				''
			].join('\n')
		);
		expect(byKey(result, 'header:content-security-policy')).toMatchObject({
			verdict: 'fail',
			summary:
				'Only Content-Security-Policy-Report-Only is set: it reports violations but blocks nothing.'
		});
		// The Observatory gets the two joined by a comma and calls that invalid (−20); browsers
		// process the first, so the checklist item passes, with a note.
		const hsts = byKey(result, 'header:strict-transport-security');
		expect(hsts.verdict).toBe('pass');
		expect(hsts.details).toContain(
			'Browsers process only the first Strict-Transport-Security header: max-age 31536000 seconds, at least six months.'
		);
		expect(hsts.details).toContain('Observatory result: hsts-header-invalid (−20).');
	});

	it('fails max-age=abc, which the Observatory passes, and says HSTS is not in effect', () => {
		const result = headersOf('HTTP/2 200\nstrict-transport-security: max-age=abc\n');
		const item = byKey(result, 'header:strict-transport-security');
		expect(item).toMatchObject({
			verdict: 'fail',
			summary:
				'Strict-Transport-Security is present but invalid, so browsers ignore it: its max-age “abc” is not a whole number of seconds.'
		});
		expect((item.details ?? []).join(' ')).toMatch(/HSTS is not in effect/);
		const hsts =
			result.ok && result.grade?.tests.find((t) => t.header === 'strict-transport-security');
		expect(hsts).toMatchObject({ result: 'hsts-implemented-max-age-at-least-six-months' });
	});

	it('fails X-Frame-Options missing beside frame-ancestors, noting that CSP covers framing', () => {
		const result = headersOf(
			"HTTP/2 200\ncontent-security-policy: default-src 'self'; frame-ancestors 'none'\n"
		);
		const xfo = byKey(result, 'header:x-frame-options');
		expect(xfo.verdict).toBe('fail');
		expect(xfo.details?.[0]).toMatch(/frame-ancestors already controls framing/);
		expect(xfo.details).toContain('Observatory result: x-frame-options-implemented-via-csp (+5).');
	});

	it('passes a CSP browsers enforce though the Observatory calls it invalid, and fails a missing X-XSS-Protection', () => {
		const result = headersOf(
			"HTTP/2 200\ncontent-security-policy: script-src 'self'; script-src 'none'\n"
		);
		// Browsers enforce the first script-src and ignore the repeat; the Observatory's reason rides along.
		const csp = byKey(result, 'header:content-security-policy');
		expect(csp.verdict).toBe('pass');
		expect(csp.details).toEqual([
			'The directive script-src appears twice in one policy.',
			'Observatory result: csp-header-invalid (−25).'
		]);
		const xxss = byKey(result, 'header:x-xss-protection');
		expect(xxss).toMatchObject({
			verdict: 'fail',
			summary: 'The response has no X-XSS-Protection header, which the checklist asks for.'
		});
		expect(xxss.details?.[0]).toMatch(/Current guidance is to send 0 or nothing/);
	});

	it('passes DENY as stricter than SAMEORIGIN and fails other X-Frame-Options values', () => {
		const deny = byKey(headersOf('HTTP/2 200\nx-frame-options: DENY\n'), 'header:x-frame-options');
		expect(deny.verdict).toBe('pass');
		expect(deny.summary).toMatch(/^X-Frame-Options is DENY, stricter than the SAMEORIGIN/);
		const allow = byKey(
			headersOf('HTTP/2 200\nx-frame-options: ALLOW-FROM https://example.com\n'),
			'header:x-frame-options'
		);
		expect(allow).toMatchObject({ verdict: 'fail' });
		expect(allow.summary).toBe(
			'X-Frame-Options is “ALLOW-FROM https://example.com”, not SAMEORIGIN or DENY.'
		);
	});

	it('passes a short HSTS max-age with a warning, and fails max-age=0', () => {
		const short = byKey(
			headersOf('HTTP/2 200\nstrict-transport-security: max-age=86400\n'),
			'header:strict-transport-security'
		);
		expect(short.verdict).toBe('pass');
		expect(short.summary).toMatch(/under the six months \(15552000 s\)/);
		const off = byKey(
			headersOf('HTTP/2 200\nstrict-transport-security: max-age=0\n'),
			'header:strict-transport-security'
		);
		expect(off.verdict).toBe('fail');
	});

	it('notes when the headers come from a redirect rather than the page', () => {
		const result = headersOf(
			'HTTP/1.1 301 Moved Permanently\nLocation: https://www.example.com/\n\n'
		);
		expect(byKey(result, 'header:x-content-type-options').details?.[0]).toBe(
			'These headers come from a 301 Moved Permanently answer; the page itself may send others. Add -L to follow redirects.'
		);
	});
});

describe('readPaste: rate-limit', () => {
	it("reads the checklist's original loop (bodies only) as unknown, with the command as next", () => {
		const [active, tooMany] = findings(readPaste(LOOP_BODIES, RATE));
		expect(active).toMatchObject({
			key: 'ratelimit:active',
			verdict: 'unknown',
			next: LOOP_COMMAND
		});
		expect(tooMany.verdict).toBe('unknown');
		expect(active.details?.[0]).toMatch(/^The loop printed only response bodies/);
	});

	it('reads the original loop with -i: the first 429 at request 6', () => {
		const [active, tooMany] = findings(readPaste(LOOP_WITH_I, RATE));
		expect(active.verdict).toBe('pass');
		expect(tooMany.summary).toBe(
			'The first 429 came at request 6, as expected after 5 allowed requests.'
		);
	});

	it('reads codes per line and calls all-403 a CSRF refusal', () => {
		const text = Array.from({ length: 10 }, (_, i) => `403\nRequest ${i + 1}`).join('\n');
		const [active] = findings(readPaste(text, RATE));
		expect(active.verdict).toBe('unknown');
		expect(active.summary).toMatch(/probably by CSRF protection — inconclusive/);
	});

	it('says what is missing from an unrelated paste', () => {
		expect(message(readPaste(HTML_PAGE, RATE))).toBe(
			`This looks like an HTML page, not the output of \`${LOOP_COMMAND}\`: it has no status codes such as \`429\` or \`Request 1\` … \`Request 10\` lines. Run the command in a terminal and paste what it prints.`
		);
	});
});

describe('readPaste: timings', () => {
	it('passes a total under the limit and fails one over it, in ms', () => {
		const under = findings(readPaste('time_total: 0.031s\n', TIMINGS))[0];
		expect(under).toMatchObject({
			key: 'timing:total',
			items: [],
			verdict: 'pass',
			summary: 'The total time curl measured was 31 ms, under the 50 ms limit.'
		});
		const over = findings(
			readPaste('dns: 0.004\nconnect: 0.012\ntls: 0.03\nttfb: 0.07\ntotal: 0.123s', TIMINGS)
		)[0];
		expect(over.verdict).toBe('fail');
		expect(over.summary).toBe('The total time curl measured was 123 ms, over the 50 ms limit.');
		expect(over.details).toEqual([
			'Phases, counted from the start as curl does: DNS 4 ms, connect 12 ms, TLS 30 ms, first byte 70 ms, total 123 ms.'
		]);
	});

	it('uses the median of bare samples', () => {
		const [finding] = findings(readPaste('0.041\n0.038\n0.120\n0.044\n0.040\n', TIMINGS));
		expect(finding.summary).toBe('The median of 5 samples was 41 ms, under the 50 ms limit.');
		expect(finding.details).toEqual(['5 samples from 38 ms to 120 ms.']);
	});

	it('says when there is no total or no limit', () => {
		expect(message(readPaste('dns: 0.004\nconnect: 0.012\n', TIMINGS))).toMatch(/no total time/);
		const noLimit = findings(readPaste('0.2\n', { ...TIMINGS, thresholdMs: undefined }))[0];
		expect(noLimit.verdict).toBe('error');
		expect(message(readPaste(PHOENIX_HEADERS, TIMINGS))).toMatch(/no timing figures such as/);
	});
});

describe('readPaste: hostile input', () => {
	const KINDS = ['https-redirect', 'headers', 'rate-limit', 'timings'] as const;
	const expectFor = (kind: PasteExpectation['kind']): PasteExpectation => ({
		kind,
		command: 'curl -I https://example.com',
		host: 'example.com',
		thresholdMs: 50
	});

	// A catastrophic regular expression would hang here until the test runner's time limit.
	it('reads 250 KB of pathological text without hanging or throwing', () => {
		const inputs = [
			'HTTP/1.1 200 ' + ' '.repeat(250_000) + 'x',
			'x' + '\n'.repeat(250_000),
			'a '.repeat(125_000),
			'}'.repeat(250_000),
			'Request 1\n'.repeat(25_000),
			'HTTP/1.1 200 OK\na:' + ' '.repeat(250_000) + 'b',
			'   at x(' + 'y'.repeat(250_000),
			'HTTP/1.1 200 OK\ncontent-security-policy: ' + "script-src 'self' ".repeat(14_000),
			'HTTP/1.1 200 OK\n' + 'x-a: 1\n'.repeat(35_000)
		];
		for (const kind of KINDS) {
			for (const text of inputs) {
				const result = readPaste(text, expectFor(kind));
				expect(typeof result.ok).toBe('boolean');
			}
		}
	});

	it('never throws on shuffled fragments of real output', () => {
		const fragments = [
			'HTTP/1.1 301 Moved Permanently',
			'HTTP/2 429 ',
			'< HTTP/2 200 ',
			'> GET / HTTP/1.1',
			'* Connected to x (1.2.3.4) port 443',
			'location: ',
			'location: https://',
			'Location: //evil',
			'strict-transport-security: max-age=',
			"content-security-policy: script-src 'strict-dynamic'",
			'content-security-policy: ;;;',
			'Request ',
			'Request 3',
			'403',
			'time_total: ',
			'0.5',
			'\t',
			'',
			'\r',
			'ü',
			'\u{1F680}',
			'{"error":1}'
		];
		let seed = 42;
		const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
		for (let round = 0; round < 400; round++) {
			const lines = Array.from({ length: 1 + Math.floor(random() * 12) }, () => {
				return fragments[Math.floor(random() * fragments.length)];
			});
			const text = lines.join(random() < 0.5 ? '\n' : '\r\n');
			for (const kind of KINDS) {
				const result = readPaste(text, expectFor(kind));
				if (result.ok) expect(result.findings.length).toBeGreaterThan(0);
				else expect(result.message).not.toMatch(/^Shipshape could not read/);
			}
		}
	});
});
