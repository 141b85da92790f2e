import { describe, expect, it } from 'vitest';
import { segmentsText, unfilled, type Segment } from './segments';

const host = (value: string | null): Segment => ({
	t: 'var',
	name: 'host',
	label: 'Target URL',
	placeholder: 'https://your-app.fly.dev',
	value
});

describe('segments', () => {
	it('copy values where filled and placeholders where not', () => {
		expect(segmentsText([{ t: 'text', v: 'curl ' }, host('https://shop.example')])).toBe(
			'curl https://shop.example'
		);
		expect(segmentsText([{ t: 'text', v: 'curl ' }, host(null)])).toBe(
			'curl https://your-app.fly.dev'
		);
	});

	it('name each unfilled placeholder once', () => {
		expect(unfilled([host(null), { t: 'text', v: ' ' }, host(null)])).toEqual(['Target URL']);
		expect(unfilled([host('https://shop.example'), { t: 'text', v: 'x' }])).toEqual([]);
	});
});
