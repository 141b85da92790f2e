import { describe, expect, it } from 'vitest';
import { targetHost } from './target-check';

describe('targetHost', () => {
	it('gives the host of a usable target, and nothing for one parseTarget refuses', () => {
		expect(targetHost('https://shop.fly.dev/app/')).toBe('shop.fly.dev');
		expect(targetHost('http://localhost:4000')).toBe('localhost:4000');
		for (const refused of ['', '  ', 'shop.fly.dev', 'https://shop.fly.dev/health', 'ftp://x'])
			expect(targetHost(refused)).toBe('');
	});
});
