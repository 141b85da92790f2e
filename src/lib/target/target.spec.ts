import { describe, expect, it } from 'vitest';
import { isLoopback, joinUrl, parseTarget } from './target';

function errorOf(input: string, pageProtocol?: string): string {
	const result = parseTarget(input, pageProtocol);
	if (result.ok) throw new Error(`expected an error for ${input}`);
	return result.error;
}

describe('parseTarget', () => {
	it('accepts an origin and drops the trailing slash', () => {
		expect(parseTarget('  https://your-app.fly.dev/ ')).toEqual({
			ok: true,
			base: 'https://your-app.fly.dev',
			origin: 'https://your-app.fly.dev',
			basePath: '',
			host: 'your-app.fly.dev'
		});
	});

	it('keeps a base path and a port', () => {
		expect(parseTarget('https://x.dev/app/')).toMatchObject({
			ok: true,
			base: 'https://x.dev/app'
		});
		expect(parseTarget('http://localhost:4000')).toMatchObject({
			ok: true,
			base: 'http://localhost:4000',
			host: 'localhost:4000'
		});
	});

	it('asks for an address with an example when empty', () => {
		expect(errorOf('   ')).toContain('https://your-app.fly.dev');
	});

	it('suggests https:// with the host typed when the scheme is missing', () => {
		expect(errorOf('my-shop.fly.dev')).toContain('https://my-shop.fly.dev');
		expect(errorOf('my-shop.fly.dev:8080/app')).toContain('https://my-shop.fly.dev:8080');
	});

	it('names the scheme it refuses', () => {
		expect(errorOf('ftp://x.dev')).toContain('ftp:');
		expect(errorOf('javascript:alert(1)')).toContain('javascript:');
	});

	it('refuses credentials, queries and fragments', () => {
		expect(errorOf('https://me:secret@x.dev')).toMatch(/never send credentials/);
		expect(errorOf('https://x.dev/?a=1')).toMatch(/query/);
		expect(errorOf('https://x.dev/#top')).toMatch(/fragment/);
		expect(errorOf('https://x.dev/?')).toMatch(/query/);
	});

	it('refuses the health routes and files as a base path', () => {
		expect(errorOf('https://x.dev/health')).toMatch(/adds \/health/);
		expect(errorOf('https://x.dev/app/health/deep/')).toMatch(/Leave out \/health\/deep/);
		expect(errorOf('https://x.dev/index.html')).toContain('index.html');
		expect(parseTarget('https://x.dev/v1.2')).toMatchObject({ ok: true });
	});

	it('refuses http:// from an https page unless it is loopback', () => {
		expect(errorOf('http://x.dev', 'https:')).toMatch(/block.*https:\/\/x\.dev/);
		expect(parseTarget('http://x.dev', 'http:')).toMatchObject({ ok: true });
		expect(parseTarget('http://127.0.0.1:4000', 'https:')).toMatchObject({ ok: true });
		expect(parseTarget('http://[::1]:4000', 'https:')).toMatchObject({ ok: true });
	});

	it('rejects what URL cannot parse', () => {
		expect(errorOf('https://exa mple.com')).toMatch(/not a valid address/);
	});
});

describe('isLoopback', () => {
	it('knows the loopback names and addresses', () => {
		for (const host of ['localhost', 'app.localhost', '127.0.0.1', '127.8.9.10', '::1', '[::1]'])
			expect(isLoopback(host), host).toBe(true);
		for (const host of ['example.com', '128.0.0.1', '127.0.0.256', 'localhost.example.com', '::2'])
			expect(isLoopback(host), host).toBe(false);
	});
});

describe('joinUrl', () => {
	it('joins without doubling slashes', () => {
		expect(joinUrl('https://x.dev/app', '/health')).toBe('https://x.dev/app/health');
		expect(joinUrl('https://x.dev/', '/health/deep')).toBe('https://x.dev/health/deep');
	});
});
