import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// perf.ts keeps per-visit state: each test gets a fresh copy of the module.
async function fresh() {
	vi.resetModules();
	return import('./perf');
}

describe('whenPageReady', () => {
	beforeEach(() => {
		vi.useFakeTimers();
		vi.stubGlobal('document', { readyState: 'complete' });
		vi.stubGlobal('requestAnimationFrame', (f: () => void) => setTimeout(f, 16));
	});
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
	});

	it('waits for the page to mark ready, then runs each piece of work once', async () => {
		const { markReady, whenPageReady } = await fresh();
		const work = vi.fn();
		whenPageReady(work);
		await vi.advanceTimersByTimeAsync(1000);
		expect(work).not.toHaveBeenCalled();
		markReady('run');
		await vi.advanceTimersByTimeAsync(20);
		expect(work).toHaveBeenCalledTimes(1);
		const later = vi.fn();
		whenPageReady(later);
		expect(later).toHaveBeenCalledTimes(1);
		await vi.advanceTimersByTimeAsync(5000);
		expect(work).toHaveBeenCalledTimes(1);
	});

	it('runs 3 s after load on a page that never marks ready', async () => {
		const { whenPageReady } = await fresh();
		const work = vi.fn();
		whenPageReady(work);
		await vi.advanceTimersByTimeAsync(2900);
		expect(work).not.toHaveBeenCalled();
		await vi.advanceTimersByTimeAsync(200);
		expect(work).toHaveBeenCalledTimes(1);
	});
});
