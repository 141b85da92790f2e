import { describe, expect, it } from 'vitest';
import { pngSize } from './draw-signoff.ts';
import { signaturePng } from './pdf.fixtures.ts';

describe('pngSize', () => {
	it('reads the size from the PNG header and refuses what is not a PNG', () => {
		expect(pngSize(signaturePng())).toEqual([60, 20]);
		expect(() => pngSize('data:image/png;base64,iVBORw0KGgo=')).toThrow('Not a PNG');
	});
});
