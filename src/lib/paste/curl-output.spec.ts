import { describe, expect, it } from 'vitest';
import { headerValues, parseCurlOutput } from './curl-output';
import {
	FLY_REDIRECT,
	PHOENIX_HEADERS,
	REDIRECT_CHAIN,
	VERBOSE_HTTP,
	VERBOSE_HTTPS
} from './samples.fixtures';

describe('parseCurlOutput', () => {
	it('reads curl -I over HTTP/2: no reason phrase, lower-case names, order kept', () => {
		const out = parseCurlOutput(PHOENIX_HEADERS);
		expect(out?.responses).toHaveLength(1);
		const [r] = out!.responses;
		expect(r).toMatchObject({ httpVersion: '2', status: 200, reason: '', body: '' });
		expect(r.headers[0]).toEqual(['cache-control', 'max-age=0, private, must-revalidate']);
		expect(headerValues(r, 'X-Frame-Options')).toEqual(['SAMEORIGIN']);
		expect(out!.request).toBeUndefined();
	});

	it('reads Windows line endings and keeps the original header names beside the normalised ones', () => {
		const out = parseCurlOutput(FLY_REDIRECT.replace('location:', 'Location:'));
		const [r] = out!.responses;
		expect(r).toMatchObject({ httpVersion: '1.1', status: 301, reason: 'Moved Permanently' });
		expect(r.headers[0]).toEqual(['location', 'https://your-app.fly.dev/']);
		expect(r.rawHeaders[0]).toEqual(['Location', 'https://your-app.fly.dev/']);
		expect(r.headers.every(([, v]) => !v.includes('\r'))).toBe(true);
	});

	it('reads every response of an -L chain in order', () => {
		const out = parseCurlOutput(REDIRECT_CHAIN);
		expect(out!.responses.map((r) => r.status)).toEqual([301, 200]);
		expect(headerValues(out!.responses[0], 'location')).toEqual(['https://your-app.fly.dev/']);
	});

	it('keeps repeated headers in order and joins folded continuation lines', () => {
		const out = parseCurlOutput(
			[
				'HTTP/1.1 200 OK',
				'Set-Cookie: a=1; Secure',
				'set-cookie: b=2; Secure',
				'Content-Security-Policy: default-src',
				"\t'self'; object-src 'none'",
				'',
				''
			].join('\n')
		);
		const [r] = out!.responses;
		expect(headerValues(r, 'set-cookie')).toEqual(['a=1; Secure', 'b=2; Secure']);
		expect(headerValues(r, 'content-security-policy')).toEqual([
			"default-src 'self'; object-src 'none'"
		]);
	});

	it('skips an interim 100 Continue and reads the body of curl -i', () => {
		const text = [
			'HTTP/1.1 100 Continue',
			'',
			'HTTP/1.1 429 Too Many Requests',
			'retry-after: 60',
			'content-type: application/json',
			'',
			'{"error":"Too many requests"}'
		].join('\r\n');
		const out = parseCurlOutput(text);
		expect(out!.responses).toHaveLength(1);
		expect(out!.responses[0]).toMatchObject({ status: 429, body: '{"error":"Too many requests"}' });
	});

	it('reads HTTP/1.0 and HTTP/3 status lines', () => {
		expect(parseCurlOutput('HTTP/1.0 200 OK\n\n')!.responses[0].httpVersion).toBe('1.0');
		expect(parseCurlOutput('HTTP/3 204\nalt-svc: h3=":443"\n')!.responses[0]).toMatchObject({
			httpVersion: '3',
			status: 204,
			reason: ''
		});
	});

	it('reads curl -v: response lines after "< ", request from "> ", https from the TLS preamble', () => {
		const out = parseCurlOutput(VERBOSE_HTTPS);
		expect(out!.responses).toHaveLength(1);
		const [r] = out!.responses;
		expect(r.status).toBe(200);
		expect(r.headers.map(([n]) => n)).toEqual([
			'content-type',
			'strict-transport-security',
			'x-frame-options'
		]);
		expect(r.body).toBe('');
		expect(out!.request).toEqual({
			method: 'HEAD',
			path: '/',
			host: 'your-app.fly.dev',
			scheme: 'https'
		});
	});

	it('reads curl -v over plain http and a body printed between the info lines', () => {
		const out = parseCurlOutput(VERBOSE_HTTP);
		expect(out!.request).toEqual({
			method: 'GET',
			path: '/',
			host: 'your-app.fly.dev',
			scheme: 'http'
		});
		const withBody = VERBOSE_HTTP.replace(
			'* Connection #0',
			'<html><body>Moved</body></html>\n* Connection #0'
		);
		expect(parseCurlOutput(withBody)!.responses[0].body).toBe('<html><body>Moved</body></html>');
	});

	it('ignores a shell prompt and command pasted above the output', () => {
		const out = parseCurlOutput(`$ curl -I http://your-app.fly.dev\n${FLY_REDIRECT}`);
		expect(out!.responses.map((r) => r.status)).toEqual([301]);
	});

	it('returns null when there is no status line', () => {
		expect(parseCurlOutput('')).toBeNull();
		expect(parseCurlOutput('<!DOCTYPE html><html></html>')).toBeNull();
		expect(parseCurlOutput('content-type: text/html\nserver: nginx')).toBeNull();
	});
});
