import { describe, expect, it } from 'vitest';
import { corsSnippets } from './cors-snippets';

const origin = 'https://checklist.example.com';

describe('corsSnippets', () => {
	const { phoenix, nginx } = corsSnippets(origin);

	it('gives a Phoenix plug limited to the two health routes', () => {
		expect(phoenix).toContain('when path in ["/health", "/health/deep"]');
		expect(phoenix).toContain(`@origin "${origin}"`);
		expect(phoenix).toContain('put_resp_header("access-control-allow-origin", @origin)');
		expect(phoenix).toContain('put_resp_header("access-control-expose-headers", "*")');
		expect(phoenix).toContain('put_resp_header("timing-allow-origin", @origin)');
		expect(phoenix).toContain('put_resp_header("vary", "origin")');
		expect(phoenix).toContain('def call(conn, _opts), do: conn');
		expect(phoenix).toMatch(/endpoint\.ex before the router/);
	});

	it('gives nginx lines that always add the headers', () => {
		expect(nginx).toContain('location ~ ^/health(/deep)?$ {');
		expect(nginx).toContain(`add_header Access-Control-Allow-Origin "${origin}" always;`);
		expect(nginx).toContain('add_header Access-Control-Expose-Headers "*" always;');
		expect(nginx).toContain(`add_header Timing-Allow-Origin "${origin}" always;`);
		expect(nginx).toContain('add_header Vary "Origin" always;');
	});

	it('explains why in a comment in both', () => {
		for (const snippet of [phoenix, nginx]) {
			const comments = snippet
				.split('\n')
				.filter((l) => l.startsWith('#'))
				.join(' ');
			expect(comments).toMatch(/only the checklist at https:\/\/checklist\.example\.com/);
			expect(comments).toMatch(/"\*" in expose-headers also exposes that header itself/);
			expect(comments).toMatch(/absent header from a hidden one/);
		}
	});

	it('is plain text, with nothing escaped for HTML', () => {
		expect(phoenix + nginx).not.toMatch(/&quot;|&lt;|&gt;|&amp;/);
	});

	it('keeps a hostile origin inside its string', () => {
		const odd = corsSnippets('https://a"b#{x}');
		expect(odd.phoenix).toContain('@origin "https://a\\"b\\#{x}"');
		expect(odd.nginx).toContain('"https://a\\"b#{x}" always;');
	});
});
