import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SaveQueue, worstStatus, type SaveStatus } from './save-queue';

function setup(write: (id: string, v: string) => Promise<void>) {
	const statuses: SaveStatus[] = [];
	const queue = new SaveQueue<string>({
		write,
		describe: (e) => `failed: ${(e as Error).message}`,
		retryable: (e) => (e as Error).message !== 'read-only',
		onStatus: (s) => statuses.push(s),
		retryDelays: [100, 200]
	});
	return { queue, statuses };
}

describe('SaveQueue', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('writes at once and reports saved', async () => {
		const stored = new Map<string, string>();
		const { queue, statuses } = setup(async (id, v) => void stored.set(id, v));
		queue.set('a', 'x');
		expect(queue.isDirty('a')).toBe(true);
		await queue.whenIdle();
		expect(stored.get('a')).toBe('x');
		expect(queue.isDirty('a')).toBe(false);
		expect(statuses.at(-1)?.state).toBe('saved');
	});

	it('keeps one write per item in flight and ends with the newest value', async () => {
		const order: string[] = [];
		let release: () => void = () => {};
		const { queue } = setup(async (_id, v) => {
			order.push(v);
			if (v === '1') await new Promise<void>((r) => (release = r));
		});
		queue.set('a', '1');
		queue.set('a', '2');
		queue.set('a', '3');
		expect(order).toEqual(['1']);
		release();
		await queue.whenIdle();
		expect(order).toEqual(['1', '3']);
	});

	it('keeps a failed value, says why, and retries until it is stored', async () => {
		let fail = true;
		const stored = new Map<string, string>();
		const { queue, statuses } = setup(async (id, v) => {
			if (fail) throw new Error('quota');
			stored.set(id, v);
		});
		queue.set('a', 'kept');
		await vi.waitFor(() => expect(statuses.at(-1)?.state).toBe('error'));
		expect(statuses.at(-1)?.message).toBe('failed: quota');
		expect(queue.isDirty('a')).toBe(true);
		fail = false;
		await vi.advanceTimersByTimeAsync(100);
		expect(stored.get('a')).toBe('kept');
		expect(statuses.at(-1)?.state).toBe('saved');
	});

	it('does not retry what cannot succeed', async () => {
		const write = vi.fn(async () => {
			throw new Error('read-only');
		});
		const { queue } = setup(write);
		queue.set('a', 'x');
		await vi.advanceTimersByTimeAsync(1000);
		expect(write).toHaveBeenCalledTimes(1);
		expect(queue.isDirty('a')).toBe(true);
	});
});

describe('worstStatus', () => {
	const saved = { state: 'saved', message: '', retryAt: null } as const;
	const saving = { state: 'saving', message: '', retryAt: null } as const;
	const failed = { state: 'error', message: 'Disk full', retryAt: 1 } as const;
	it('lets an error win, then saving', () => {
		expect(worstStatus(saved, failed)).toBe(failed);
		expect(worstStatus(failed, saving)).toBe(failed);
		expect(worstStatus(saving, saved)).toBe(saving);
		expect(worstStatus(saved, saving)).toBe(saving);
		expect(worstStatus(saved, saved)).toBe(saved);
	});
});
