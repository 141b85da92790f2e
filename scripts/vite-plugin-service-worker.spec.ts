import { describe, expect, it } from 'vitest';
import { pageUrl } from './vite-plugin-service-worker.ts';

describe('pageUrl', () => {
	it('precaches each prerendered page at the URL it is served at, relative to the worker', () => {
		expect(pageUrl('index.html')).toBe('./');
		expect(pageUrl('run/index.html')).toBe('run/');
		expect(pageUrl('templates/index.html')).toBe('templates/');
	});

	it('leaves other files as they are', () => {
		expect(pageUrl('404.html')).toBe('404.html');
		expect(pageUrl('_app/immutable/entry/start.js')).toBe('_app/immutable/entry/start.js');
		expect(pageUrl('fonts/NotoSans-Regular.ttf')).toBe('fonts/NotoSans-Regular.ttf');
	});
});
