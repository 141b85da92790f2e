import { describe, expect, it } from 'vitest';
import { safeHref } from './safe-href';

describe('safeHref', () => {
	it('keeps web and mail links', () => {
		expect(safeHref('https://community.fly.io')).toBe('https://community.fly.io/');
		expect(safeHref('http://x.example/a?b#c')).toBe('http://x.example/a?b#c');
		expect(safeHref('mailto:ops@example.com')).toBe('mailto:ops@example.com');
	});

	it('drops script, data, file and relative links', () => {
		for (const href of [
			'javascript:alert(1)',
			' JaVaScRiPt:alert(1)',
			'java\nscript:alert(1)',
			'data:text/html,<script>alert(1)</script>',
			'file:///etc/passwd',
			'vbscript:x',
			'#anchor',
			'./docs/readme.md',
			'//evil.example/x'
		])
			expect(safeHref(href)).toBeNull();
	});
});
