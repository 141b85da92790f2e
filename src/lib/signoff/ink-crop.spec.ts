import { describe, expect, it } from 'vitest';
import { InkBounds, MAX_SIGNATURE, inkCrop } from './ink-crop';

function bounds(...points: [number, number][]) {
	const ink = new InkBounds();
	for (const [x, y] of points) ink.add({ x, y });
	return ink;
}

describe('inkCrop', () => {
	it('keeps the ink and a margin around it', () => {
		expect(inkCrop(bounds([100, 50], [300, 90]), 5, 1000, 400)).toEqual({
			sx: 95,
			sy: 45,
			sw: 210,
			sh: 50,
			width: 210,
			height: 50
		});
	});

	it('never reaches outside the pad', () => {
		const crop = inkCrop(bounds([1, 2], [999, 399]), 8, 1000, 400);
		expect([crop.sx, crop.sy, crop.sw, crop.sh]).toEqual([0, 0, 1000, 400]);
	});

	it('scales a large drawing down to the stored size, keeping its shape', () => {
		const crop = inkCrop(bounds([0, 0], [2000, 400]), 0, 2400, 900);
		expect(crop.width).toBe(MAX_SIGNATURE.width);
		expect(crop.height).toBe(192);
		expect(crop.width / crop.height).toBeCloseTo(2000 / 400, 1);
	});

	it('keeps the whole pad when nothing was drawn, and a dot as at least one pixel', () => {
		expect(inkCrop(new InkBounds(), 4, 300, 120)).toMatchObject({ sw: 300, sh: 120 });
		expect(inkCrop(bounds([10, 10]), 0, 300, 120)).toMatchObject({ sw: 1, sh: 1 });
	});
});
