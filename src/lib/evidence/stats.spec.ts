import { describe, expect, it } from 'vitest';
import { formatMs, formatThreshold, median, sampleStats } from './stats';

describe('sampleStats', () => {
	it('is null without values', () => {
		expect(sampleStats([])).toBeNull();
		expect(median([])).toBeNull();
	});

	it('takes the middle value of an odd count', () => {
		expect(sampleStats([30, 10, 20])).toEqual({
			count: 3,
			min: 10,
			median: 20,
			p95: 30,
			max: 30,
			mean: 20
		});
	});

	it('averages the two middle values of an even count', () => {
		expect(sampleStats([4, 1, 3, 2])?.median).toBe(2.5);
	});

	it('uses the nearest rank for p95', () => {
		const twenty = Array.from({ length: 20 }, (_, i) => i + 1);
		expect(sampleStats(twenty)?.p95).toBe(19);
		const hundred = Array.from({ length: 100 }, (_, i) => 100 - i);
		expect(sampleStats(hundred)?.p95).toBe(95);
		expect(sampleStats([7])?.p95).toBe(7);
	});

	it('does not reorder the values it was given', () => {
		const values = [3, 1, 2];
		sampleStats(values);
		expect(values).toEqual([3, 1, 2]);
	});
});

describe('formatMs', () => {
	it('keeps one decimal under 10 ms and whole ms above', () => {
		expect(formatMs(9.44)).toBe('9.4');
		expect(formatMs(9)).toBe('9');
		expect(formatMs(12.6)).toBe('13');
		expect(formatMs(9.96)).toBe('10');
	});

	it('words thresholds', () => {
		expect(formatThreshold(2000)).toBe('2 s');
		expect(formatThreshold(50)).toBe('50 ms');
	});
});
