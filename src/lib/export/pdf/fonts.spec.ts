import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadPdfFonts, toBase64 } from './fonts.ts';

afterEach(() => vi.unstubAllGlobals());

const bytes = (url: string) => new TextEncoder().encode(`font at ${url}`);

describe('loadPdfFonts', () => {
	it('fetches the three fonts under the base path once and gives them as base64', async () => {
		const fetch = vi.fn(async (url: string) => new Response(bytes(url)));
		vi.stubGlobal('fetch', fetch);
		const fonts = await loadPdfFonts('/shipshape');
		expect(fetch.mock.calls.map(([url]) => url)).toEqual([
			'/shipshape/fonts/NotoSans-Regular.ttf',
			'/shipshape/fonts/NotoSans-Bold.ttf',
			'/shipshape/fonts/NotoSansSC-Regular.ttf'
		]);
		expect(atob(fonts.cjk)).toBe('font at /shipshape/fonts/NotoSansSC-Regular.ttf');
		expect(await loadPdfFonts('/shipshape')).toBe(fonts);
		expect(fetch).toHaveBeenCalledTimes(3);
	});

	it('says in words when offline before the app was saved, and tries again next time', async () => {
		vi.stubGlobal(
			'fetch',
			vi.fn(async () => {
				throw new TypeError('Failed to fetch');
			})
		);
		await expect(loadPdfFonts('')).rejects.toThrow(
			/Could not load the font NotoSans-Regular\.ttf for the PDF: the network is unreachable and the app has not finished saving itself for offline use/
		);
		vi.stubGlobal(
			'fetch',
			vi.fn(async (url: string) => new Response(bytes(url)))
		);
		expect(atob((await loadPdfFonts('')).regular)).toBe('font at /fonts/NotoSans-Regular.ttf');
	});

	it('reports an HTTP error with its status', async () => {
		vi.stubGlobal(
			'fetch',
			vi.fn(async () => new Response('missing', { status: 404 }))
		);
		await expect(loadPdfFonts('/gone')).rejects.toThrow(/\(HTTP 404\)\. Reload the app/);
	});
});

describe('toBase64', () => {
	it('encodes exactly like Node does, padding included', () => {
		const data = new Uint8Array(100_003).map((_, i) => (i * 7919) % 256);
		for (const n of [0, 1, 2, 3, 4, 5, 100_003])
			expect(toBase64(data.subarray(0, n))).toBe(
				Buffer.from(data.subarray(0, n)).toString('base64')
			);
	});
});
